package vn.congdoan.sangkien.initiative.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

/** Files of a dossier: checked by their bytes, stored with the dossier, served only to those who may see it. */
@ApplicationScoped
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final InitiativeService initiatives;
    private final InitiativeAccess access;
    private final long maxBytes;

    public AttachmentService(AttachmentRepository attachments, InitiativeService initiatives, InitiativeAccess access,
                             @ConfigProperty(name = "sangkien.attachments.max-bytes") long maxBytes) {
        this.attachments = attachments;
        this.initiatives = initiatives;
        this.access = access;
        this.maxBytes = maxBytes;
    }

    public List<AttachmentView> list(long initiativeId) {
        initiatives.require(initiativeId);
        return attachments.ofInitiative(initiativeId).stream().map(AttachmentService::view).toList();
    }

    /** The file's record and bytes, if the caller may see its dossier. */
    @Transactional
    public Attachment download(long initiativeId, long attachmentId) {
        initiatives.require(initiativeId);
        Attachment attachment = attachments.find(initiativeId, attachmentId)
                .orElseThrow(() -> ApiException.notFound("attachment", attachmentId));
        if (attachment.content == null) { // loads the lazy bytes inside the transaction
            throw ApiException.notFound("attachment", attachmentId);
        }
        return attachment;
    }

    @Transactional
    public AttachmentView upload(long initiativeId, AttachmentKind kind, String originalName, Path file) {
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
        attachments.persistAndFlush(attachment);
        return view(attachment);
    }

    @Transactional
    public void delete(long initiativeId, long attachmentId) {
        Initiative initiative = initiatives.require(initiativeId);
        requireChangeable(initiative);
        Attachment attachment = attachments.find(initiativeId, attachmentId)
                .orElseThrow(() -> ApiException.notFound("attachment", attachmentId));
        attachments.delete(attachment);
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
        return new AttachmentView(a.id, a.kind, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt);
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
                                 OffsetDateTime uploadedAt) {
    }
}
