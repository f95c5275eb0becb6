package org.gjs.loop;

/** The attachment of a selection key: told in the poll phase which operations are ready. */
interface IoHandler {
    void onReady(int readyOps);
}
