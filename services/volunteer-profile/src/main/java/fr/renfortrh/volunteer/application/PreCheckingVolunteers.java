package fr.renfortrh.volunteer.application;

import fr.renfortrh.contracts.reference.Profession.Register;
import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.DirectoryCheck;
import fr.renfortrh.volunteer.domain.ProfessionalId;
import fr.renfortrh.volunteer.domain.Volunteer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Checks a submitted profile's RPPS number against the national directory, right after submission and again
 * while the directory was unreachable. The answer helps the ARS operator; it never verifies on its own.
 */
@Service
public class PreCheckingVolunteers {

    private static final Logger log = LoggerFactory.getLogger(PreCheckingVolunteers.class);

    private final Volunteers volunteers;
    private final ProfessionalDirectory directory;
    private final Clock clock;

    public PreCheckingVolunteers(Volunteers volunteers, ProfessionalDirectory directory, Clock clock) {
        this.volunteers = volunteers;
        this.directory = directory;
        this.clock = clock;
    }

    public void check(Versioned<Volunteer> stored) {
        Volunteer volunteer = stored.aggregate();
        if (!volunteer.awaitsDirectoryCheck()) {
            return;
        }
        try {
            volunteers.update(volunteer.id(), stored.version(), volunteer.recordDirectoryCheck(ask(volunteer)));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            // the profile changed while the directory answered: the next run checks the new one
        }
    }

    @Scheduled(fixedDelayString = "${renfort.directory.retry-interval:PT1M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "volunteers.pre-check", lockAtMostFor = "PT5M")
    public void checkPending() {
        volunteers.find(VolunteerFilter.waiting(null, null))
                .forEach(this::check);
    }

    private DirectoryCheck ask(Volunteer volunteer) {
        String id = volunteer.profile().professionalId();
        if (ProfessionalId.registerOf(volunteer.profile().professions()) != Register.RPPS || id == null || id.isBlank()) {
            return DirectoryCheck.notApplicable(clock.instant());
        }
        try {
            return DirectoryCheck.compare(directory.findByRpps(id), volunteer.identity(), clock.instant());
        } catch (ProfessionalDirectory.Unavailable e) {
            log.warn("Directory pre-check of volunteer {} postponed: {}", volunteer.id(), e.getMessage());
            return DirectoryCheck.unavailable(e.getMessage(), clock.instant());
        }
    }
}
