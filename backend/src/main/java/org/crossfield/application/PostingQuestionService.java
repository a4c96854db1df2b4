package org.crossfield.application;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The questions a posting's owners ask its applicants (answered in the application form). */
@Service
@Transactional(readOnly = true)
public class PostingQuestionService {

    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_QUESTION = 500;

    private final ApplicationRecords records;
    private final JdbcTemplate jdbc;

    PostingQuestionService(ApplicationRecords records, JdbcTemplate jdbc) {
        this.records = records;
        this.jdbc = jdbc;
    }

    /** A posting's questions to applicants, in order. */
    @PreAuthorize("@applicationAccess.canSeePosting(#postingType, #postingId)")
    public List<PostingQuestionSummary> questions(PostingType postingType, long postingId) {
        return records.questions(postingType, postingId);
    }

    /** Adds a question at the end; returns the posting's questions. */
    @PreAuthorize("@applicationAccess.ownsPosting(#cmd.postingType(), #cmd.postingId())")
    @Transactional
    public List<PostingQuestionSummary> addQuestion(AddQuestionCmd cmd) {
        String text = cmd.text() == null ? "" : cmd.text().strip();
        if (text.isEmpty() || text.length() > MAX_QUESTION) {
            throw new InvalidApplicationException("application.error.question-length", "Write a question of at most 500 characters.", 500);
        }
        List<PostingQuestionSummary> existing = questions(cmd.postingType(), cmd.postingId());
        if (existing.size() >= MAX_QUESTIONS) {
            throw new InvalidApplicationException("application.error.too-many-questions", "A posting can ask at most " + MAX_QUESTIONS + " questions.",
                    MAX_QUESTIONS);
        }
        int position = existing.stream().mapToInt(PostingQuestionSummary::position).max().orElse(0) + 1;
        jdbc.update("insert into posting_question (posting_type, posting_id, position, text, required) values (?, ?, ?, ?, ?)",
                cmd.postingType().name(), cmd.postingId(), position, text, cmd.required());
        return questions(cmd.postingType(), cmd.postingId());
    }

    /** Removes a question and the answers given to it; returns the posting's remaining questions. */
    @PreAuthorize("@applicationAccess.ownsQuestion(#questionId)")
    @Transactional
    public List<PostingQuestionSummary> removeQuestion(long questionId) {
        List<PostingQuestionSummary> remaining = jdbc.query("select posting_type, posting_id from posting_question where id = ?",
                (rs, i) -> new Object[] {PostingType.valueOf(rs.getString(1)), rs.getLong(2)}, questionId).stream()
                .findFirst().map(posting -> {
                    jdbc.update("delete from posting_question where id = ?", questionId);
                    return questions((PostingType) posting[0], (long) posting[1]);
                }).orElse(List.of());
        return remaining;
    }
}
