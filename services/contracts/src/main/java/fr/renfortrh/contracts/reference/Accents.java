package fr.renfortrh.contracts.reference;

import java.text.Normalizer;

/** French text compared or turned into identifiers without its accents ("Évreux" → "Evreux"). */
public final class Accents {

    private Accents() {
    }

    public static String strip(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
