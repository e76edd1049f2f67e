import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * For bench/spreadsheet-benchmark.sh: writes a sheet of N new hotlines in the import template's layout
 * (`sheet OUT N`), or prints an admin token signed with the test key (`token PEM`), valid for an hour.
 */
public class SpreadsheetSheet {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("token")) {
            System.out.println(token(Path.of(args[1])));
            return;
        }
        int rows = Integer.parseInt(args[2]);
        String[] headers = {"编号", "号码", "类型", "名称", "说明", "服务时间", "所属机构", "办理事项", "全国统一", "服务地区", "状态",
            "归并至", "状态说明", "来源"};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); FileOutputStream out = new FileOutputStream(args[1])) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("热线");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(1).setCellValue(String.format("0374-8%06d", i));
                row.createCell(2).setCellValue("咨询");
                row.createCell(3).setCellValue("基准测试热线（第" + i + "条）");
                row.createCell(4).setCellValue("基准测试用的说明文字，模拟办事指南中常见的一句话。");
                row.createCell(6).setCellValue("xuchang-hrss 许昌市人力资源和社会保障局");
                row.createCell(7).setCellValue("startup-guarantee-loan");
                row.createCell(9).setCellValue("411081 禹州市");
                row.createCell(10).setCellValue("正常");
                row.createCell(13).setCellValue("基准测试");
            }
            workbook.write(out);
        }
    }

    private static String token(Path pem) throws Exception {
        String key = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key)));
        long now = System.currentTimeMillis() / 1000;
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = b64("{\"iss\":\"https://issuer.test/xuchang-directory\",\"upn\":\"bench-admin\",\"groups\":[\"admin\"],"
                + "\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(privateKey);
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
