package fr.renfortrh.volunteer.application;

import fr.renfortrh.platform.domain.Versioned;
import fr.renfortrh.volunteer.domain.Disclosure;
import fr.renfortrh.volunteer.domain.Volunteer;
import org.springframework.stereotype.Service;

import java.util.List;

/** Right of access: everything this service holds about the caller. */
@Service
public class ExportingMyData {

    public record MyData(Versioned<Volunteer> profile, List<ContactGrants.Grant> grants, List<Disclosure> disclosures) {
    }

    private final ManagingOwnProfile own;
    private final ContactGrants grants;

    public ExportingMyData(ManagingOwnProfile own, ContactGrants grants) {
        this.own = own;
        this.grants = grants;
    }

    public MyData export(Account account) {
        return new MyData(own.mine(account), grants.grantsOf(account.id()), grants.disclosuresOf(account.id()));
    }
}
