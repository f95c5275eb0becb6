package org.gjs.lang.parser;

/** Token type constants. */
final class Tok {
    private Tok() {
    }

    static final int EOF = 0, NAME = 1, PRIVATE_NAME = 2, NUM = 3, BIGINT = 4, STRING = 5, TEMPLATE = 6, REGEX = 7;
    static final int LBRACE = 10, RBRACE = 11, LPAREN = 12, RPAREN = 13, LBRACK = 14, RBRACK = 15, DOT = 16, ELLIPSIS = 17, SEMI = 18, COMMA = 19,
                    QUESTION = 20, QDOT = 21, COLON = 22, ARROW = 23, AT = 24;
    // unary-ish
    static final int NOT = 30, TILDE = 31, INC = 32, DEC = 33;
    // binary operators (precedence in PREC)
    static final int NULLISH = 40, OR = 41, AND = 42, BITOR = 43, BITXOR = 44, BITAND = 45, EQ = 46, NE = 47, SEQ = 48, SNE = 49, LT = 50, GT = 51, LE = 52, GE = 53,
                    SHL = 54, SAR = 55, SHR = 56, PLUS = 57, MINUS = 58, STAR = 59, SLASH = 60, PERCENT = 61, STARSTAR = 62;
    // assignment
    static final int ASSIGN = 70, PLUS_ASSIGN = 71, MINUS_ASSIGN = 72, STAR_ASSIGN = 73, SLASH_ASSIGN = 74, PERCENT_ASSIGN = 75, STARSTAR_ASSIGN = 76, SHL_ASSIGN = 77,
                    SAR_ASSIGN = 78, SHR_ASSIGN = 79, BITAND_ASSIGN = 80, BITOR_ASSIGN = 81, BITXOR_ASSIGN = 82, AND_ASSIGN = 83, OR_ASSIGN = 84, NULLISH_ASSIGN = 85;
    static final int COUNT = 90;

    static final String[] TEXT = new String[COUNT];
    static final int[] PREC = new int[COUNT];

    static {
        String[][] t = {{"{", "" + LBRACE}, {"}", "" + RBRACE}, {"(", "" + LPAREN}, {")", "" + RPAREN}, {"[", "" + LBRACK}, {"]", "" + RBRACK}, {".", "" + DOT}, {"...", "" + ELLIPSIS},
                        {";", "" + SEMI}, {",", "" + COMMA}, {"?", "" + QUESTION}, {"?.", "" + QDOT}, {":", "" + COLON}, {"=>", "" + ARROW}, {"@", "" + AT}, {"!", "" + NOT}, {"~", "" + TILDE},
                        {"++", "" + INC}, {"--", "" + DEC}, {"??", "" + NULLISH}, {"||", "" + OR}, {"&&", "" + AND}, {"|", "" + BITOR}, {"^", "" + BITXOR}, {"&", "" + BITAND},
                        {"==", "" + EQ}, {"!=", "" + NE}, {"===", "" + SEQ}, {"!==", "" + SNE}, {"<", "" + LT}, {">", "" + GT}, {"<=", "" + LE}, {">=", "" + GE}, {"<<", "" + SHL},
                        {">>", "" + SAR}, {">>>", "" + SHR}, {"+", "" + PLUS}, {"-", "" + MINUS}, {"*", "" + STAR}, {"/", "" + SLASH}, {"%", "" + PERCENT}, {"**", "" + STARSTAR},
                        {"=", "" + ASSIGN}, {"+=", "" + PLUS_ASSIGN}, {"-=", "" + MINUS_ASSIGN}, {"*=", "" + STAR_ASSIGN}, {"/=", "" + SLASH_ASSIGN}, {"%=", "" + PERCENT_ASSIGN},
                        {"**=", "" + STARSTAR_ASSIGN}, {"<<=", "" + SHL_ASSIGN}, {">>=", "" + SAR_ASSIGN}, {">>>=", "" + SHR_ASSIGN}, {"&=", "" + BITAND_ASSIGN}, {"|=", "" + BITOR_ASSIGN},
                        {"^=", "" + BITXOR_ASSIGN}, {"&&=", "" + AND_ASSIGN}, {"||=", "" + OR_ASSIGN}, {"??=", "" + NULLISH_ASSIGN}};
        for (String[] e : t) {
            TEXT[Integer.parseInt(e[1])] = e[0].intern();
        }
        PREC[NULLISH] = 1;
        PREC[OR] = 2;
        PREC[AND] = 3;
        PREC[BITOR] = 4;
        PREC[BITXOR] = 5;
        PREC[BITAND] = 6;
        PREC[EQ] = PREC[NE] = PREC[SEQ] = PREC[SNE] = 7;
        PREC[LT] = PREC[GT] = PREC[LE] = PREC[GE] = 8;
        PREC[SHL] = PREC[SAR] = PREC[SHR] = 9;
        PREC[PLUS] = PREC[MINUS] = 10;
        PREC[STAR] = PREC[SLASH] = PREC[PERCENT] = 11;
        PREC[STARSTAR] = 12;
    }

    static boolean isAssign(int t) {
        return t >= ASSIGN && t <= NULLISH_ASSIGN;
    }
}
