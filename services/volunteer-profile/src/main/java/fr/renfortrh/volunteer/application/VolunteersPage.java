package fr.renfortrh.volunteer.application;

import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Volunteer;

import java.util.List;

/** One page of the volunteers a query finds; {@code total} counts all of them. */
public record VolunteersPage(List<Versioned<Volunteer>> volunteers, long total) {
}
