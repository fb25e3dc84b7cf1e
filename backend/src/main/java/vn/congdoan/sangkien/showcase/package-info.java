/**
 * The public showcase of good initiatives (trang giới thiệu sáng kiến): recognised or validated dossiers whose authors
 * agreed to publish them ({@code initiative.publish_agreed}, V30), read by anyone without signing in, and the
 * "this helped us too" marks of signed-in people ({@code showcase_helped}, one per person and initiative).
 *
 * <p>What is public is decided here, column by column, in the repository's SQL: title, unit, field, solution type,
 * summary, benefits, recognition date and grade, the names of the authors who agreed ({@code show_name}) and the
 * count of marks. Never the confidential parts, files, contact or personal data, scores, history or who filed it. The
 * search looks only at {@code showcase_text}, so a dossier is not found by the name of an author who did not agree.
 */
package vn.congdoan.sangkien.showcase;
