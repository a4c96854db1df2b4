package org.crossfield.application;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<StudentApplication, Long> {

    Optional<StudentApplication> findByPostingTypeAndPostingIdAndStudentId(PostingType postingType, long postingId, long studentId);
}
