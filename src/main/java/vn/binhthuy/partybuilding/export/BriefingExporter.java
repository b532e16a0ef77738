package vn.binhthuy.partybuilding.export;

import org.springframework.stereotype.Service;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/** Writes the PDF briefing of a view and records the export. */
@Service
public class BriefingExporter {

    private final PdfBriefingWriter writer;
    private final AuditLog audit;

    public BriefingExporter(PdfBriefingWriter writer, AuditLog audit) {
        this.writer = writer;
        this.audit = audit;
    }

    public void write(Briefing briefing, String fileName, Function<Number, String> numberFormat, OutputStream out)
            throws IOException {
        writer.write(briefing, numberFormat, out);
        audit.record(AuditAction.EXPORT, "VIEW", fileName, "PDF: " + briefing.title(), null, null);
    }
}
