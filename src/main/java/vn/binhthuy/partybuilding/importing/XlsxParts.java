package vn.binhthuy.partybuilding.importing;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The parts of an XLSX package (a ZIP of XML files) read straight from the uploaded bytes: each part is inflated
 * on demand through an {@link InflationGuard} and parsed by a pull parser without DTDs or external entities, so
 * neither the package nor any part is ever held whole in memory.
 */
final class XlsxParts implements Closeable {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    private final ZipFile zip;
    private final long size;
    private final InflationGuard.Budget budget;

    XlsxParts(byte[] content, ImportLimits limits) throws IOException {
        ZipDirectory.checkPartCount(content);
        this.zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
        this.size = content.length;
        this.budget = new InflationGuard.Budget(limits);
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** A pull parser over one part; the caller closes it. */
    XMLStreamReader open(String part) throws IOException, XMLStreamException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException("missing part " + part);
        }
        // the directory's compressed size may lie; no part is larger than the file
        long compressed = Math.min(entry.getCompressedSize() < 0 ? size : entry.getCompressedSize(), size);
        InputStream in = new InflationGuard(zip.getInputStream(entry), compressed, budget);
        return XML.createXMLStreamReader(in);
    }

    /** The relationships of a part (Id → target part), from its _rels file; empty when it has none. */
    Map<String, Relationship> relationships(String part) throws IOException, XMLStreamException {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, Relationship> relationships = new HashMap<>();
        if (!has(rels)) {
            return relationships;
        }
        XMLStreamReader xml = open(rels);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = xml.getAttributeValue(null, "Target");
                    relationships.put(xml.getAttributeValue(null, "Id"), new Relationship(
                            xml.getAttributeValue(null, "Type"), target == null ? "" : resolve(folder, target)));
                }
            }
        } finally {
            xml.close();
        }
        return relationships;
    }

    /** A relationship's type URI and the part it points to. */
    record Relationship(String type, String part) {
        boolean is(String kind) {
            return type != null && type.endsWith("/" + kind);
        }
    }

    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        StringBuilder resolved = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                int cut = resolved.lastIndexOf("/", resolved.length() - 2);
                resolved.setLength(cut < 0 ? 0 : cut + 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                resolved.append(segment).append('/');
            }
        }
        return resolved.isEmpty() ? "" : resolved.substring(0, resolved.length() - 1);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
