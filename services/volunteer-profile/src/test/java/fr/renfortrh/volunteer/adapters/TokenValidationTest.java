package fr.renfortrh.volunteer.adapters;

import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TokenValidationContract;

@ServiceTest
class TokenValidationTest extends TokenValidationContract {

    @Override
    protected String protectedPath() {
        return "/api/volunteers/me";
    }

    @Override
    protected String allowedRole() {
        return "volunteer";
    }
}
