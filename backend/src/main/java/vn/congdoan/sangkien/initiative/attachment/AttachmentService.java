package vn.congdoan.sangkien.initiative.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.audit.ConfidentialReads;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeAccess;
import vn.congdoan.sangkien.initiative.InitiativeService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Files of a dossier: checked by their bytes, stored with the dossier, served only to those who may see it. A
 * confidential file is, like the confidential text, for who needs to know (InitiativeAccess.confidentialVisible):
 * to anyone else it does not exist, and every download of it is recorded as a read of confidential parts.
 */
@ApplicationScoped
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final InitiativeService initiatives;
    private final InitiativeAccess access;
    private final ConfidentialReads confidentialReads;
    private final long maxBytes;

    public AttachmentService(AttachmentRepository attachments, InitiativeService initiatives, InitiativeAccess access,
                             ConfidentialReads confidentialReads,
                             @ConfigProperty(name = "sangkien.attachments.max-bytes") long maxBytes) {
        this.attachments = attachments;
        this.initiatives = initiatives;
        this.access = access;
        this.confidentialReads = confidentialReads;
        this.maxBytes = maxBytes;
    }

    public List<AttachmentView> list(long initiativeId) {
        Initiative initiative = initiatives.require(initiativeId);
        boolean confidentialVisible = access.confidentialVisible(initiative);
        return attachments.ofInitiative(initiativeId).stream()
                .filter(a -> confidentialVisible || !a.confidential)
                .map(AttachmentService::view).toList();
    }

    /**
     * The file's record and bytes, if the caller may see its dossier (and, for a confidential file, its confidential
     * parts). A confidential file's download is recorded before its bytes leave: one that cannot be recorded is not served.
     */
    @Transactional
    public Attachment download(long initiativeId, long attachmentId) {
        Initiative initiative = initiatives.require(initiativeId);
        Attachment attachment = requireShown(initiative, attachmentId);
        if (attachment.content == null) { // loads the lazy bytes inside the transaction
            throw ApiException.notFound("attachment", attachmentId);
        }
        if (attachment.confidential) {
            // As for the text: authors are not linked to accounts yet, so every reader is recorded, the filer too.
            confidentialReads.record(initiativeId, initiative.unit.path, access.actor(), attachment.id);
        }
        return attachment;
    }

    /**
     * Anyone who may change the dossier's files may file one as confidential, even without reading the confidential
     * parts themselves (a sealed envelope handed in): it only narrows who sees it.
     */
    @Transactional
    public AttachmentView upload(long initiativeId, AttachmentKind kind, boolean confidential, String originalName, Path file) {
        Initiative initiative = initiatives.require(initiativeId);
        requireChangeable(initiative);
        long size = size(file);
        if (size > maxBytes) {
            throw ApiException.tooLarge("attachment-too-large", maxBytes / (1024 * 1024));
        }
        String name = FileNames.sanitise(originalName);
        byte[] bytes = read(file);
        ContentSniffer.FileType type = ContentSniffer.detect(bytes)
                .orElseThrow(() -> ApiException.unsupportedType("attachment-type", name));
        if (!type.matchesName(name)) {
            throw ApiException.unsupportedType("attachment-disguised", name, type.name());
        }
        Attachment attachment = new Attachment();
        attachment.initiative = initiative;
        attachment.kind = kind == null ? AttachmentKind.OTHER : kind;
        attachment.fileName = name;
        attachment.contentType = type.mediaType;
        attachment.sizeBytes = bytes.length;
        attachment.sha256 = sha256(bytes);
        attachment.content = bytes;
        attachment.uploadedBy = access.actor();
        attachment.uploadedAt = Timestamps.now();
        attachment.confidential = confidential;
        attachments.persistAndFlush(attachment);
        return view(attachment);
    }

    /**
     * Marks a file confidential or open, by who may change the dossier's files. A confidential file is changed only by
     * who may see it: unmarking it would open it, so to anyone else it does not exist (404).
     */
    @Transactional
    public AttachmentView setConfidential(long initiativeId, long attachmentId, boolean confidential) {
        Initiative initiative = initiatives.require(initiativeId);
        requireChangeable(initiative);
        Attachment attachment = requireShown(initiative, attachmentId);
        attachment.confidential = confidential;
        attachments.flush();
        return view(attachment);
    }

    @Transactional
    public void delete(long initiativeId, long attachmentId) {
        Initiative initiative = initiatives.require(initiativeId);
        requireChangeable(initiative);
        attachments.delete(requireShown(initiative, attachmentId));
    }

    /** A file of the dossier the caller may see: a confidential one only with the confidential parts, else 404. */
    private Attachment requireShown(Initiative initiative, long attachmentId) {
        return attachments.find(initiative.id, attachmentId)
                .filter(a -> !a.confidential || access.confidentialVisible(initiative))
                .orElseThrow(() -> ApiException.notFound("attachment", attachmentId));
    }

    /** Editors change files while the dossier is editable; afterwards officers may still add the decision and evidence. */
    private void requireChangeable(Initiative initiative) {
        if (initiative.status.editable()) {
            initiatives.requireEditable(initiative);
        } else {
            access.requireOfficer(initiative);
        }
    }

    private static AttachmentView view(Attachment a) {
        return new AttachmentView(a.id, a.kind, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt,
                a.confidential);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Schema(name = "Attachment", description = "Tệp đính kèm của hồ sơ / a file of the dossier")
    public record AttachmentView(long id, AttachmentKind kind,
                                 @Schema(examples = "Đơn đề nghị công nhận.pdf") String fileName,
                                 @Schema(examples = "application/pdf") String contentType,
                                 @Schema(examples = "182044") long sizeBytes, String sha256, String uploadedBy,
                                 OffsetDateTime uploadedAt,
                                 @Schema(description = "Tệp mật: chỉ người được xem phần bảo mật của hồ sơ thấy / "
                                         + "confidential: seen only by who may read the dossier's confidential parts",
                                         examples = "false") boolean confidential) {
    }

    @Schema(name = "AttachmentConfidentiality", description = "Đánh dấu tệp là mật hay không / mark a file confidential or not")
    public record ConfidentialityRequest(
            @NotNull @Schema(examples = "true") Boolean confidential) {
    }
}
