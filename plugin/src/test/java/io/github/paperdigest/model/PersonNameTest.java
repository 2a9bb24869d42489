package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void aFamilyNameKeepsTheParticlesBeforeIt() {
        assertEquals(new PersonName("Guy", "Van den Broeck", ""), PersonName.of("Guy Van den Broeck"));
        assertEquals(new PersonName("Luc", "Van Gool", ""), PersonName.of("Luc Van Gool"));
        assertEquals(new PersonName("Theo", "van Gogh", ""), PersonName.of("Theo van Gogh"));
        assertEquals(new PersonName("Jean", "de la Fontaine", ""), PersonName.of("Jean  de la Fontaine"));
        assertEquals(new PersonName("Erwan", "Le Pennec", ""), PersonName.of("Erwan Le Pennec"));
        assertEquals(new PersonName("Martin Luther", "King", "Jr."), PersonName.of("Martin Luther King Jr."));
    }

    @Test
    void withoutAParticleTheFamilyNameIsTheLastWord() {
        assertEquals(new PersonName("Shaobin", "Zhuang", ""), PersonName.of("Shaobin Zhuang"));
        assertEquals(new PersonName("Maria de Souza", "Santos", ""), PersonName.of("Maria de Souza Santos"));
        assertEquals(new PersonName("Quoc V.", "Le", ""), PersonName.of("Quoc V. Le"));
        assertEquals(new PersonName("Di", "Wu", ""), PersonName.of("Di Wu"), "a given name is never a particle");
        assertEquals(new PersonName("", "Plato", ""), PersonName.of("Plato"));
        assertEquals(new PersonName("", "O'Brien, Flann", ""), PersonName.of("O'Brien, Flann"));
    }

    @Test
    void inAVietnameseNameVanAndLeAreNamesNotParticles() {
        assertEquals(new PersonName("Anh Van", "Nguyen", ""), PersonName.of("Anh Van Nguyen"));
        assertEquals(new PersonName("Thanh Le", "Nguyen", ""), PersonName.of("Thanh Le Nguyen"));
        assertEquals(new PersonName("Cuong Van", "Duc", ""), PersonName.of("Cuong Van Duc"));
        // the family name Le last, whatever the given name: "Van Le, Quoc" would sort Quoc Le under V
        assertEquals(new PersonName("Quoc Van", "Le", ""), PersonName.of("Quoc Van Le"));
        assertEquals(new PersonName("Xuan Van", "Do", ""), PersonName.of("Xuan Van Do"));
    }

    @Test
    void familyFirstIsHowArxivWritesCitationAuthorsAndBibtexHasItsOwnPlaceForTheSuffix() {
        assertEquals("Van den Broeck, Guy", PersonName.of("Guy Van den Broeck").familyFirst().orElseThrow());
        assertEquals("King, Martin Luther, Jr.", PersonName.of("Martin Luther King Jr.").familyFirst().orElseThrow());
        assertEquals("King, Jr., Martin Luther", PersonName.of("Martin Luther King Jr.").bibtex().orElseThrow());
    }
}
