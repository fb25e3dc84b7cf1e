package vn.congdoan.sangkien.program;

/** How a parent's allocation to its children must compare with the parent's own quota. */
public enum QuotaRule {
    /** The children's quotas add up exactly to the parent's (the seed table does). */
    MUST_EQUAL,
    /** The children's quotas may leave part of the parent's quota unallocated. */
    MUST_NOT_EXCEED
}
