package fr.renfortrh.platform.test;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The rooms every service has (domain, application, adapters) and which way they may depend. */
public final class Architecture {

    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes().that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "..domain..", "fr.renfortrh.contracts..")
            .because("domain rules are plain Java: no Spring, no Mongo, no Kafka");

    public static final ArchRule ROOMS_DEPEND_INWARDS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("fr.renfortrh.*.domain..")
            .layer("Application").definedBy("fr.renfortrh.*.application..")
            .layer("Inbound adapters").definedBy("fr.renfortrh.*.adapters.in..")
            .layer("Outbound adapters").definedBy("fr.renfortrh.*.adapters.out..")
            .whereLayer("Inbound adapters").mayNotBeAccessedByAnyLayer()
            .whereLayer("Outbound adapters").mayNotBeAccessedByAnyLayer()
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Inbound adapters", "Outbound adapters")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Inbound adapters", "Outbound adapters");

    private Architecture() {
    }
}
