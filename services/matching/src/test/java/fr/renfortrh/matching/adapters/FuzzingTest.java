package fr.renfortrh.matching.adapters;

import fr.renfortrh.platform.test.FuzzingContract;
import fr.renfortrh.platform.test.ServiceTest;

@ServiceTest
class FuzzingTest extends FuzzingContract {
}
