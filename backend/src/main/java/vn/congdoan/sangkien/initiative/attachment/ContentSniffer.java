package vn.congdoan.sangkien.initiative.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises the accepted file types from their bytes: PDF, PNG, JPEG and the ZIP-based office formats (DOCX, XLSX,
 * ODT, told apart by their entries). Hand-written because the well-kept detector (Apache Tika) needs its heavy
 * parser modules to tell OOXML from plain ZIP, and the six formats we accept have fixed signatures.
 */
public final class ContentSniffer {

    public enum FileType {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        ODT("application/vnd.oasis.opendocument.text", "odt");

        public final String mediaType;
        final String[] extensions;

        FileType(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = extensions;
        }

        public boolean matchesName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            return Arrays.asList(extensions).contains(extension);
        }
    }

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Map<String, FileType> OOXML_MARKERS = Map.of("word/document.xml", FileType.DOCX, "xl/workbook.xml", FileType.XLSX);
    private static final int MAX_ZIP_ENTRIES = 2000;

    private ContentSniffer() {
    }

    public static Optional<FileType> detect(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(bytes, ZIP)) {
            return zipBased(bytes);
        }
        return Optional.empty();
    }

    private static Optional<FileType> zipBased(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                if (seen == 1 && entry.getName().equals("mimetype")) {
                    String mimetype = new String(readAtMost(zip, 100), StandardCharsets.US_ASCII).trim();
                    return mimetype.equals(FileType.ODT.mediaType) ? Optional.of(FileType.ODT) : Optional.empty();
                }
                FileType marker = OOXML_MARKERS.get(entry.getName());
                if (marker != null) {
                    return Optional.of(marker);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable archive
        }
        return Optional.empty();
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
