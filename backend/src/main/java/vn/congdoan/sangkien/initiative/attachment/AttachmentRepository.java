package vn.congdoan.sangkien.initiative.attachment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, Long> {

    public List<Attachment> ofInitiative(long initiativeId) {
        return list("initiative.id = ?1 order by uploadedAt, id", initiativeId);
    }

    public Optional<Attachment> find(long initiativeId, long attachmentId) {
        return find("initiative.id = ?1 and id = ?2", initiativeId, attachmentId).firstResultOptional();
    }
}
