package vn.congdoan.sangkien.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.common.api.HttpCaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public final class InitiativeDtos {

    private InitiativeDtos() {
    }

    @Schema(name = "Author", description = "Tác giả hoặc đồng tác giả / author or co-author")
    public record AuthorDto(
            @NotBlank @Size(max = 255) @Schema(examples = "Nguyễn Thị Hoa") String fullName,
            @Past @Schema(examples = "1985-03-14") LocalDate birthDate,
            @Size(max = 255) @Schema(examples = "Trung tâm Y tế huyện Phong Thổ") String workplace,
            @Size(max = 255) @Schema(examples = "Điều dưỡng trưởng") String jobTitle,
            @Size(max = 255) @Schema(examples = "Cử nhân điều dưỡng") String qualification,
            @NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Tỷ lệ đóng góp (%) / contribution share in %", examples = "60") BigDecimal contributionPercent,
            @Schema(description = "Là đoàn viên công đoàn / union member", examples = "true") Boolean unionMember,
            @Size(max = 255) @Schema(description = "Tài khoản (Keycloak) của tác giả, nếu liên kết: người đó thấy hồ sơ và xác nhận thông tin của mình; "
                    + "đoàn viên tự nộp chỉ liên kết được tài khoản của mình / the author's Keycloak account, when linked: they see the dossier "
                    + "and confirm their details; a member filing for themselves may link only their own account", examples = "doanvien.phongtho") String account,
            @Schema(readOnly = true, description = "Lúc tác giả được liên kết xác nhận hoặc sửa thông tin của mình; bỏ qua khi gửi "
                    + "/ when the linked author confirmed or corrected their details; ignored on writes") OffsetDateTime confirmedAt,
            @Schema(description = "Tác giả đồng ý hiện tên trên trang giới thiệu công khai khi sáng kiến được công nhận; mặc định không "
                    + "/ the author agrees that their name is shown on the public showcase once recognised; default no", examples = "true") Boolean showName) {

        public AuthorDto(String fullName, LocalDate birthDate, String workplace, String jobTitle, String qualification,
                         BigDecimal contributionPercent, Boolean unionMember) {
            this(fullName, birthDate, workplace, jobTitle, qualification, contributionPercent, unionMember, null, null, null);
        }
    }

    @Schema(name = "AuthorCorrection", description = "Tác giả được liên kết sửa thông tin của chính mình trước khi nộp; tỷ lệ đóng góp do người lập hồ sơ giữ "
            + "/ a linked author corrects their own details before submission; the contribution share stays with the filer")
    public record AuthorCorrection(
            @NotBlank @Size(max = 255) @Schema(examples = "Giàng A Sùng") String fullName,
            @Past @Schema(examples = "1990-05-02") LocalDate birthDate,
            @Size(max = 255) @Schema(examples = "Trường PTDTBT Mù Cả") String workplace,
            @Size(max = 255) @Schema(examples = "Giáo viên") String jobTitle,
            @Size(max = 255) @Schema(examples = "Cử nhân") String qualification,
            @Schema(examples = "true") Boolean unionMember,
            @NotNull @Schema(examples = "0") Long version) {
    }


    @Schema(name = "HelperPerson", description = "Người tham gia áp dụng / someone who helped apply it")
    public record HelperDto(
            @NotBlank @Size(max = 255) @Schema(examples = "Vàng Thị Mai") String fullName,
            @Size(max = 255) String workplace,
            @Size(max = 255) String jobTitle,
            @Size(max = 1000) @Schema(examples = "Thi công bể lọc") String contribution) {
    }

    @Schema(name = "InitiativeWrite", description = "Hồ sơ sáng kiến (Phụ lục I, Thông tư 18/2013/TT-BKHCN); version bắt buộc khi sửa / the dossier; version required to update")
    public record InitiativeWrite(
            @NotBlank @Size(max = 40) @Schema(examples = "1TRIEU-SK") String programCode,
            @NotBlank @Size(max = 40) @Schema(description = "Đơn vị báo cáo / reporting unit", examples = "LCH-PT") String unitCode,
            @Size(max = 500) @Schema(description = "Kính gửi / the organisation asked to recognise it", examples = "Hội đồng sáng kiến Sở Giáo dục và Đào tạo tỉnh Lai Châu") String addressee,
            @NotBlank @Size(max = 500) @Schema(examples = "Sáng kiến lọc nước sạch cho điểm trường vùng cao") String title,
            @Size(max = 20000) @Schema(examples = "Bể lọc nhiều tầng bằng vật liệu địa phương cấp nước sạch cho 120 học sinh bán trú.") String summary,
            @NotNull SolutionType solutionType,
            @NotNull InitiativeField field,
            @Size(max = 500) @Schema(description = "Chủ đầu tư / funder", examples = "Trường PTDTBT Mù Cả") String funder,
            @NotNull @PastOrPresent @Schema(description = "Ngày áp dụng lần đầu hoặc áp dụng thử / date first (or trial) applied", examples = "2022-03-15") LocalDate firstAppliedOn,
            @PastOrPresent @Schema(description = "Ngày nộp đơn, mặc định hôm nay / filing date, default today", examples = "2022-04-01") LocalDate filedOn,
            @Size(max = 20000) @Schema(description = "Tình trạng trước khi có sáng kiến / the state before") String currentState,
            @Size(max = 20000) @Schema(description = "Bản chất của giải pháp / the solution") String solution,
            @Size(max = 20000) @Schema(description = "Tính mới / what is new") String novelty,
            @Size(max = 20000) @Schema(description = "Thông tin cần bảo mật; bỏ qua, giữ nguyên giá trị đã lưu, khi người sửa không được xem (confidentialHidden) "
                    + "/ confidential parts; ignored, the stored value kept, when the caller may not see them (confidentialHidden)") String confidentialParts,
            @Size(max = 20000) @Schema(description = "Điều kiện cần thiết để áp dụng / conditions needed") String applicationConditions,
            @Size(max = 20000) @Schema(description = "Lợi ích theo tác giả / benefits as the authors see them") String benefitsByAuthors,
            @Size(max = 20000) @Schema(description = "Lợi ích theo tổ chức đã áp dụng / benefits as those who applied it see them") String benefitsByAppliers,
            @DecimalMin("0") @Digits(integer = 18, fraction = 0) @Schema(description = "Giá trị làm lợi ước tính (đồng) / estimated value in VND", examples = "25000000") BigDecimal estimatedValueVnd,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull AuthorDto> authors,
            @Size(max = 50) List<@Valid @NotNull HelperDto> helpers,
            @Schema(description = "Các tác giả đồng ý công bố hồ sơ trên trang giới thiệu công khai khi được công nhận (tên, tóm tắt, lợi ích; không bao giờ phần bảo mật); mặc định không "
                    + "/ the authors agree that the dossier is shown on the public showcase once recognised (title, summary, benefits; never the confidential parts); default no",
                    examples = "true") Boolean publishAgreed,
            @Schema(examples = "0") Long version) {
    }

    @Schema(name = "SimilarInitiative", description = "Sáng kiến có tên gần giống trong chương trình / a close title in the programme")
    public record SimilarInitiative(long id, String title, String unitName, InitiativeStatus status,
                                    @Schema(description = "0..1", examples = "0.62") double similarity) {
    }

    @Schema(name = "Initiative", description = "Hồ sơ sáng kiến / an initiative dossier")
    public record InitiativeView(
            @Schema(examples = "1051") long id,
            String programCode,
            String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            String addressee,
            @Schema(examples = "Quy trình khử khuẩn nhanh phòng học") String title,
            String summary,
            SolutionType solutionType,
            InitiativeField field,
            String funder,
            LocalDate firstAppliedOn,
            LocalDate filedOn,
            String currentState,
            String solution,
            String novelty,
            @Schema(description = "Trống và confidentialHidden = true với người ngoài đơn vị tác giả / null when hidden from the caller") String confidentialParts,
            boolean confidentialHidden,
            String applicationConditions,
            String benefitsByAuthors,
            String benefitsByAppliers,
            BigDecimal estimatedValueVnd,
            InitiativeStatus status,
            @Schema(examples = "SK-LCH-PT-2022-0007") String receiptNumber,
            LocalDate submittedOn,
            String recognitionBody,
            String decisionNumber,
            LocalDate decisionDate,
            ImpactLevel impactLevel,
            @Schema(examples = "B") String grade,
            String refusalReasons,
            @Schema(description = "Các tác giả đồng ý công bố trên trang giới thiệu công khai / the authors agree to the public showcase") boolean publishAgreed,
            List<AuthorDto> authors,
            List<HelperDto> helpers,
            @Schema(description = "Tên gần giống trong chương trình, để phát hiện trùng; có trong câu trả lời khi tạo, sửa, chuyển bước; khi đọc thì rỗng, xem /initiatives/similar "
                    + "/ close titles, to catch duplicates: in the answers to create, update and transitions; empty on reads, see /initiatives/similar") List<SimilarInitiative> similar,
            @Schema(description = "Người lập hồ sơ / who filed it", examples = "cb.phongtho") String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            long version,
            @Schema(description = "Các bước người gọi được làm lúc này (POST /initiatives/{id}/…), theo trạng thái, vai trò, phạm vi và nguyên tắc bốn mắt "
                    + "/ the steps the caller may take now, by status, role, scope and the four-eyes rule") List<LifecycleStep> allowedActions)
            implements HttpCaching.Dated {

        /** The same dossier as someone outside the authors' circle sees it. */
        public InitiativeView withoutConfidentialParts() {
            return new InitiativeView(id, programCode, unitCode, unitName, addressee, title, summary, solutionType, field,
                    funder, firstAppliedOn, filedOn, currentState, solution, novelty, null, true, applicationConditions,
                    benefitsByAuthors, benefitsByAppliers, estimatedValueVnd, status, receiptNumber, submittedOn,
                    recognitionBody, decisionNumber, decisionDate, impactLevel, grade, refusalReasons, publishAgreed, authors, helpers,
                    similar, createdBy, createdAt, updatedAt, version, allowedActions);
        }

        public InitiativeView withAllowedActions(List<LifecycleStep> steps) {
            return new InitiativeView(id, programCode, unitCode, unitName, addressee, title, summary, solutionType, field,
                    funder, firstAppliedOn, filedOn, currentState, solution, novelty, confidentialParts, confidentialHidden,
                    applicationConditions, benefitsByAuthors, benefitsByAppliers, estimatedValueVnd, status, receiptNumber,
                    submittedOn, recognitionBody, decisionNumber, decisionDate, impactLevel, grade, refusalReasons, publishAgreed,
                    authors, helpers, similar, createdBy, createdAt, updatedAt, version, List.copyOf(steps));
        }
    }

    @Schema(name = "InitiativeSummary", description = "Một dòng trong danh sách sáng kiến / one row of a list")
    public record InitiativeSummary(
            long id,
            String programCode,
            String unitCode,
            String unitName,
            @Schema(examples = "Quy trình khử khuẩn nhanh phòng học") String title,
            SolutionType solutionType,
            InitiativeField field,
            LocalDate firstAppliedOn,
            InitiativeStatus status,
            String receiptNumber,
            String grade,
            OffsetDateTime updatedAt,
            long version) {
    }
}
