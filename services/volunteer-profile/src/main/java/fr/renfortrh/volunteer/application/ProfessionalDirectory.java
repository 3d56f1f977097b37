package fr.renfortrh.volunteer.application;

import fr.renfortrh.volunteer.domain.DirectoryCheck;

import java.util.Optional;

/** The national directory of health professionals (port). */
public interface ProfessionalDirectory {

    /** @throws Unavailable when the directory cannot answer now (down, slow, unreadable answer) */
    Optional<DirectoryCheck.Listing> findByRpps(String rpps);

    class Unavailable extends RuntimeException {
        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
