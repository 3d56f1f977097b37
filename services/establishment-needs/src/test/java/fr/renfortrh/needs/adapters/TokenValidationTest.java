package fr.renfortrh.needs.adapters;

import fr.renfortrh.platform.test.ServiceTest;
import fr.renfortrh.platform.test.TokenValidationContract;

@ServiceTest
class TokenValidationTest extends TokenValidationContract {

    @Override
    protected String protectedPath() {
        return "/api/establishments/mine";
    }

    @Override
    protected String allowedRole() {
        return "establishment";
    }
}
