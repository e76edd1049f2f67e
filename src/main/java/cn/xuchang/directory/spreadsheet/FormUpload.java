package cn.xuchang.directory.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.xuchang.directory.common.ApiException;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;

/**
 * 表单上传 (an upload from a browser form): a multipart/form-data body, as {@code <form enctype="multipart/form-data">}
 * or {@code fetch(url, {body: formData})} sends it. Vert.x took the form apart before the request reached the REST
 * layer (common/RequestBodies), within the upload limit, and put the file in a temporary file it deletes once answered.
 *
 * @param bytes the file part's content
 * @param contentType the file part's own type (what the browser calls the file), or null
 * @param fileName the file's name as the browser sent it, or null
 * @param kind the form's {@code kind} field, or null
 */
record FormUpload(byte[] bytes, String contentType, String fileName, String kind) {

    /** The form field that holds the file. */
    static final String FILE = "file";

    /** The form's file part ({@value #FILE}, else the only file in it) and its {@code kind} field; 400 without one. */
    static FormUpload of(RoutingContext context) {
        List<FileUpload> files = context.fileUploads();
        FileUpload file = files.stream().filter(f -> FILE.equals(f.name())).findFirst()
                .orElse(files.size() == 1 ? files.get(0) : null);
        if (file == null) {
            throw ApiException.invalid(FILE, "表单中没有名为「" + FILE + "」的文件 (the form has no file part named '"
                    + FILE + "')");
        }
        String kind = context.request().getFormAttribute("kind");
        try {
            return new FormUpload(Files.readAllBytes(Path.of(file.uploadedFileName())), file.contentType(),
                    file.fileName(), kind == null || kind.isBlank() ? null : kind.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the part is CSV by its type or its name; an .xlsx is told by its zip signature in any case. */
    boolean csv() {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return !type.startsWith(Workbooks.XLSX) && !name.endsWith(".xlsx");
    }
}
