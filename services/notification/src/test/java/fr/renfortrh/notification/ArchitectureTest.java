package fr.renfortrh.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.renfortrh.platform.test.Architecture;

@AnalyzeClasses(packages = "fr.renfortrh.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = Architecture.DOMAIN_IS_PLAIN_JAVA;

    @ArchTest
    static final ArchRule roomsDependInwards = Architecture.ROOMS_DEPEND_INWARDS;
}
