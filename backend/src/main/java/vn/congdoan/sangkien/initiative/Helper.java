package vn.congdoan.sangkien.initiative;

/**
 * Someone who helped apply the initiative (người tham gia áp dụng), kept as JSON in the dossier's row; a record, so
 * that Hibernate's dirty check compares helpers by value.
 */
public record Helper(String fullName, String workplace, String jobTitle, String contribution) {
}
