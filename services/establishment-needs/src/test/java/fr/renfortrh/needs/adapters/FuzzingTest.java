package fr.renfortrh.needs.adapters;

import fr.renfortrh.platform.test.FuzzingContract;
import fr.renfortrh.platform.test.ServiceTest;

@ServiceTest
class FuzzingTest extends FuzzingContract {
}
