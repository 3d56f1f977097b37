package fr.renfortrh.matching.adapters;

import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TokenValidationContract;

@ServiceTest
class TokenValidationTest extends TokenValidationContract {

    @Override
    protected String protectedPath() {
        return "/api/matching/me/requests";
    }

    @Override
    protected String allowedRole() {
        return "volunteer";
    }
}
