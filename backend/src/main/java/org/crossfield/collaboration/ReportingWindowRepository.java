package org.crossfield.collaboration;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingWindowRepository extends JpaRepository<ReportingWindow, Long> {
}
