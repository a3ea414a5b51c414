package io.backops.document.internal;

/** Where a PNG or JPEG ends by its own structure, whatever follows it; -1 when the structure cannot be walked. */
final class ImageEnd {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageEnd() {
    }

    static int of(byte[] content) {
        if (startsWith(content, PNG_SIGNATURE)) {
            return png(content);
        }
        if (content.length > 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8) {
            return jpeg(content);
        }
        return -1;
    }

    /** Chunk after chunk (length, type, data, CRC) up to and including IEND. */
    private static int png(byte[] b) {
        long at = PNG_SIGNATURE.length;
        while (at + 8 <= b.length) {
            long length = readInt(b, (int) at) & 0xFFFFFFFFL;
            boolean iend = b[(int) at + 4] == 'I' && b[(int) at + 5] == 'E' && b[(int) at + 6] == 'N'
                    && b[(int) at + 7] == 'D';
            at += 12 + length;
            if (iend) {
                return at <= b.length ? (int) at : -1;
            }
        }
        return -1;
    }

    /** Segment after segment; after each start of scan, the entropy-coded data up to the next marker; up to EOI. */
    private static int jpeg(byte[] b) {
        int at = 2;
        while (at + 1 < b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return -1;
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
            } else if (marker == 0xD9) {
                return at + 2;
            } else if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2;
            } else {
                if (at + 3 >= b.length) {
                    return -1;
                }
                at += 2 + (((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF));
                if (marker == 0xDA) {
                    at = afterScanData(b, at);
                }
            }
        }
        return -1;
    }

    /** Entropy-coded data escapes 0xFF as 0xFF00 and holds restart markers; any other marker ends it. */
    private static int afterScanData(byte[] b, int at) {
        while (at + 1 < b.length) {
            if ((b[at] & 0xFF) == 0xFF) {
                int next = b[at + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                    return at;
                }
                at += next == 0xFF ? 1 : 2;
            } else {
                at++;
            }
        }
        return b.length;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
