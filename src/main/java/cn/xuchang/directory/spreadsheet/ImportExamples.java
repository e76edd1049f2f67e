package cn.xuchang.directory.spreadsheet;

/** Examples of the import API's answers for the OpenAPI description, as the service gives them on the seed data. */
final class ImportExamples {

    static final String PREVIEW = """
            {"id":"5f0c2a9e-3b7d-4c1e-9a51-0d2b8e6f4a17","status":"has-errors","format":"xlsx","uploadedBy":"wang-li",
             "createdAt":"2026-11-27T12:00:00.000Z","expiresAt":"2026-11-27T13:00:00.000Z",
             "counts":{"create":1,"update":1,"unchanged":2,"error":1,"missing":0},
             "notices":[{"sheet":"热线","row":1,"column":"O 备注","code":"EXTRA_COLUMN","message":"多余的列「备注」不属于模板，已忽略","blocking":false}],
             "rows":[
              {"sheet":"热线","row":5,"kind":"hotline","id":"hotline-3f9a1c2e","action":"error","changes":[],
               "errors":[{"sheet":"热线","row":5,"column":"B 号码","field":"number","code":"INVALID_NUMBER",
                 "message":"不是有效的电话号码：「0374-82977」","detail":"'0374-82977' is not a valid Chinese phone or short number"}]},
              {"sheet":"热线","row":3,"kind":"hotline","id":"startup-loan-yuzhou","action":"update",
               "changes":[{"field":"hours","column":"F 服务时间","after":"工作日 8:30-12:00"}],"errors":[]},
              {"sheet":"热线","row":4,"kind":"hotline","id":"hotline-7c41d0b5","action":"create",
               "changes":[{"field":"number","column":"B 号码","after":"0374-8297717"}],"errors":[]}],
             "missing":[]}
            """;

    static final String APPLIED = """
            {"id":"5f0c2a9e-3b7d-4c1e-9a51-0d2b8e6f4a17","created":1,"updated":1,"retired":0,"unchanged":2,
             "appliedBy":"wang-li","appliedAt":"2026-11-27T12:05:00.000Z"}
            """;

    static final String CHANGED = """
            {"type":"/problems/changed-since-preview","title":"Changed since the preview","status":409,
             "detail":"These records changed after the preview was made; upload the sheet again: hotline/startup-loan-yuzhou",
             "instance":"/api/v1/imports/5f0c2a9e-3b7d-4c1e-9a51-0d2b8e6f4a17/apply",
             "errors":[{"field":"hotline/startup-loan-yuzhou","message":"changed since the preview (version 3, now 4, by zhao-min)"}]}
            """;

    static final String HAS_ERRORS = """
            {"type":"/problems/import-has-errors","title":"Unprocessable Content","status":422,
             "detail":"预览中还有 1 行错误，修正文件后重新上传 (the preview has rows with errors: fix the file and upload it again)",
             "instance":"/api/v1/imports/5f0c2a9e-3b7d-4c1e-9a51-0d2b8e6f4a17/apply",
             "errors":[{"field":"热线 第5行 B 号码","message":"不是有效的电话号码：「0374-82977」"}]}
            """;

    static final String UNREADABLE = """
            {"type":"/problems/unreadable-file","title":"Bad Request","status":400,
             "detail":"无法识别文件编码：既不是 UTF-8，也不是 GB18030/GBK。请在 Excel 中另存为「CSV UTF-8」 (the file is neither UTF-8 nor GB18030/GBK)",
             "instance":"/api/v1/imports"}
            """;

    static final String TOO_MANY_ROWS = """
            {"type":"/problems/too-many-rows","title":"Payload Too Large","status":413,
             "detail":"上传文件超过 50000 行记录，请分成几个文件上传 (more than 50000 rows of records: split the file)",
             "instance":"/api/v1/imports"}
            """;

    static final String MACROS = """
            {"type":"/problems/unsupported-media-type","title":"Unsupported Media Type","status":415,
             "detail":"文件含有宏（.xlsm），出于安全不予接收：请另存为「Excel 工作簿 (.xlsx)」再上传 (workbooks with macros are refused: save as .xlsx)",
             "instance":"/api/v1/imports"}
            """;

    private ImportExamples() {
    }
}
