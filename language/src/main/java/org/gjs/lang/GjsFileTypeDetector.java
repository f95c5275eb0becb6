package org.gjs.lang;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.TruffleFile;

/** .js and .cjs are scripts; .mjs is a module. */
public final class GjsFileTypeDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        if (name == null) {
            return null;
        }
        if (name.endsWith(".mjs")) {
            return GjsLanguage.MODULE_MIME_TYPE;
        }
        if (name.endsWith(".js") || name.endsWith(".cjs")) {
            return GjsLanguage.MIME_TYPE;
        }
        return null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return StandardCharsets.UTF_8;
    }
}
