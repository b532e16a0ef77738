package vn.binhthuy.partybuilding.importing.ui;

import vn.binhthuy.partybuilding.importing.ImportFileReader;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.function.BiFunction;

/** The upload widget's own texts ("Tải tệp lên…", "Thả tệp vào đây", its errors) from the message bundles. */
final class ImportUploadI18n {

    private ImportUploadI18n() {
    }

    static UploadI18N of(BiFunction<String, Object[], String> translate) {
        java.util.function.Function<String, String> t = key -> translate.apply("import.upload." + key,
                new Object[]{ImportFileReader.LIMITS.maxMegabytes()});
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("connecting"))
                        .setStalled(t.apply("stalled")).setProcessing(t.apply("processing")).setHeld(t.apply("held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t.apply("remaining"))
                        .setUnknown(t.apply("remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t.apply("server-unavailable"))
                        .setUnexpectedServerError(t.apply("server-error")).setForbidden(t.apply("forbidden"))
                        .setFileTooLarge(t.apply("too-big")));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("add")).setMany(t.apply("add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("drop")).setMany(t.apply("drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(t.apply("too-many")).setFileIsTooBig(t.apply("too-big"))
                        .setIncorrectFileType(t.apply("wrong-type")))
                .setFile(new UploadI18N.File().setRetry(t.apply("retry")).setStart(t.apply("start"))
                        .setRemove(t.apply("remove")))
                .setUploading(uploading);
    }
}
