package org.crossfield.collaboration;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingNoteRepository extends JpaRepository<MeetingNote, Long> {
}
