package vn.binhthuy.partybuilding.importing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Counts the entries of a ZIP file's central directory, walking it from the end record, before any ZIP library reads
 * it: a ZIP library keeps an object per entry, so a 50 MB file of a million empty entries would cost hundreds of MB
 * of heap before a single part is read. An XLSX package has a few dozen parts.
 */
final class ZipDirectory {

    static final int MAX_PARTS = 1_000;
    private static final int END = 0x06054b50;
    private static final int END64_LOCATOR = 0x07064b50;
    private static final int END64 = 0x06064b50;
    private static final int ENTRY = 0x02014b50;

    private ZipDirectory() {
    }

    /** Refuses the file when its directory holds more than {@link #MAX_PARTS} entries; lets a ZIP library judge the rest. */
    static void checkPartCount(byte[] content) {
        ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = endRecord(zip);
        if (end < 0) {
            return; // not a ZIP the library can open either: it will say so
        }
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        if (offset == 0xFFFFFFFFL && end >= 20 && zip.getInt(end - 20) == END64_LOCATOR) {
            long end64 = zip.getLong(end - 12);
            if (end64 >= 0 && end64 <= content.length - 56 && zip.getInt((int) end64) == END64) {
                offset = zip.getLong((int) end64 + 48);
            }
        }
        int parts = 0;
        long position = offset;
        while (position >= 0 && position <= content.length - 46 && zip.getInt((int) position) == ENTRY) {
            if (++parts > MAX_PARTS) {
                throw new ImportRefusal(ImportProblem.ofFile("import.error.too-many-parts", MAX_PARTS));
            }
            int p = (int) position;
            position += 46L + Short.toUnsignedInt(zip.getShort(p + 28)) + Short.toUnsignedInt(zip.getShort(p + 30))
                    + Short.toUnsignedInt(zip.getShort(p + 32));
        }
    }

    /** The end-of-central-directory record: searched backwards, past a comment of at most 64 KB. */
    private static int endRecord(ByteBuffer zip) {
        int last = zip.capacity() - 22;
        for (int i = last; i >= 0 && i >= last - 65_535; i--) {
            if (zip.getInt(i) == END) {
                return i;
            }
        }
        return -1;
    }
}
