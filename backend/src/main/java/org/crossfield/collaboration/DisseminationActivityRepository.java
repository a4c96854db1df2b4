package org.crossfield.collaboration;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisseminationActivityRepository extends JpaRepository<DisseminationActivity, Long> {
}
