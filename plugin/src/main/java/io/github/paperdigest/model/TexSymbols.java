package io.github.paperdigest.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Greek letters, mathematical and text symbols, and superscript and subscript characters as TeX spells them, and
 * back: β is {@code \beta}, → is {@code \rightarrow}, † is {@code \dag}, ² is {@code ^{2}}. Both ways live here, as
 * {@link TexAccents} does for accented letters, so that what the BibTeX writer spells, a digest's reader reads: the
 * reading tables are the writing tables read back, with the few spellings listed that only reading accepts.
 *
 * <p>Where a command is written for more than one character (μ and the micro sign µ are both {@code \mu}), it reads as
 * the first one listed. Three commands read as a plainer character than the one the writer has them for, so that a
 * digest's {@code $\epsilon$} and a digest's "ε" are the same letter to the page, its search and its title matching:
 * {@link #PLAINER}.
 */
public final class TexSymbols {

    /**
     * Characters and the math-mode command each is written with, both ways. ε is TeX's {@code \varepsilon} and ϵ its
     * {@code \epsilon}, φ its {@code \varphi} and ϕ its {@code \phi}, as Unicode's own tables pair them;
     * {@code \varkappa} would need amssymb, so ϰ is {@code \kappa}.
     */
    private static final String MATH_COMMANDS = "αalpha βbeta γgamma δdelta εvarepsilon ϵepsilon ζzeta ηeta θtheta"
            + " ϑvartheta ιiota κkappa ϰkappa λlambda μmu µmu νnu ξxi πpi ϖvarpi ρrho ϱvarrho σsigma ςvarsigma τtau"
            + " υupsilon φvarphi ϕphi χchi ψpsi ωomega ΓGamma ΔDelta ΘTheta ϴTheta ΛLambda ΞXi ΠPi ΣSigma ΥUpsilon"
            + " ϒUpsilon ΦPhi ΨPsi ΩOmega \u2126Omega"
            + " →rightarrow ←leftarrow ↔leftrightarrow ⇒Rightarrow ⇐Leftarrow ⇔Leftrightarrow ↑uparrow"
            + " ↓downarrow ↕updownarrow ⇑Uparrow ⇓Downarrow ↦mapsto ⟶longrightarrow ⟵longleftarrow"
            + " ⟷longleftrightarrow ⟹Longrightarrow ⟸Longleftarrow ⟺Longleftrightarrow ⟼longmapsto ↗nearrow"
            + " ↘searrow ↙swarrow ↖nwarrow ↪hookrightarrow ↩hookleftarrow ⇀rightharpoonup"
            + " ≤leq ≥geq ≠neq ≈approx ∼sim ≃simeq ≅cong ≡equiv ∝propto ≪ll ≫gg ≺prec ≻succ ⪯preceq ⪰succeq"
            + " ≍asymp ≐doteq ⊥perp ∥parallel ∣mid ⊢vdash ⊣dashv ⊨models"
            + " ×times ÷div ·cdot ⋅cdot ∙bullet ±pm ∓mp ∗ast ⋆star ∘circ ⊕oplus ⊖ominus ⊗otimes ⊘oslash"
            + " ⊙odot ∧wedge ∨vee ¬neg ∖setminus ⋯cdots ⋮vdots ⋱ddots ⊓sqcap ⊔sqcup ⊎uplus ⋄diamond"
            + " △bigtriangleup ▽bigtriangledown ◁triangleleft ▷triangleright"
            + " ∞infty ∈in ∉notin ∋ni ⊂subset ⊆subseteq ⊃supset ⊇supseteq ⊑sqsubseteq ⊒sqsupseteq"
            + " ∪cup ∩cap ∅emptyset ∀forall ∃exists"
            + " ∑sum ∏prod ∐coprod ∫int ∮oint ⋃bigcup ⋂bigcap ⨁bigoplus ⨂bigotimes"
            + " ∂partial ∇nabla √surd ℓell ℏhbar ℑIm ℜRe ℘wp ℵaleph ∠angle ⟨langle ⟩rangle ⌈lceil ⌉rceil"
            + " ⌊lfloor ⌋rfloor ⊤top ♯sharp ♭flat ♮natural ♣clubsuit ♦diamondsuit ♥heartsuit ♠spadesuit";
    /** Characters and the text-mode command each is written with ({@code {\dag}}), both ways. */
    private static final String TEXT_COMMANDS = "†dag ‡ddag §S ¶P ©copyright £pounds •textbullet"
            + " ®textregistered ™texttrademark …ldots";
    /**
     * Capital Greek letters that look Latin, which TeX has no command for: written as upright Latin letters, as TeX
     * sets its capital Greek. They read back as the Latin letters ({@code \mathrm{A}} is "A").
     */
    private static final String LATIN_LOOKING = "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΧX";
    /**
     * Double-struck letters: written bold ({@code \mathbf{R}}), since {@code \mathbb} needs amssymb, which a document
     * citing the paper need not load; {@code \mathbb{R}}, as a digest writes it, reads as ℝ. The letters from 𝔸 to 𝕐
     * that have a character of their own elsewhere in Unicode are these, not the holes the block leaves for them.
     */
    private static final String DOUBLE_STRUCK = "ℂCℍHℕNℙPℚQℝRℤZ";
    private static final int DOUBLE_STRUCK_A = 0x1D538;
    /** Characters TeX has no command for, and the formula written instead; none reads back as the character. */
    private static final Map<Integer, String> WRITTEN_AS = Map.of((int) 'ο', "o", (int) '−', "-", (int) '∄',
            "\\not\\exists", (int) '‖', "\\|");

    /** Characters raised or lowered, by what a formula raises ({@code ^{2}}) or lowers ({@code _{2}}). */
    private static final Map<Integer, String> RAISED = scripts("⁰0¹1²2³3⁴4⁵5⁶6⁷7⁸8⁹9⁺+⁻-⁼=⁽(⁾)ⁿnⁱiᵀT",
            Map.of((int) '°', "\\circ", (int) '′', "\\prime", (int) '″', "\\prime\\prime", (int) '‴',
                    "\\prime\\prime\\prime"));
    private static final Map<Integer, String> LOWERED = scripts("₀0₁1₂2₃3₄4₅5₆6₇7₈8₉9₊+₋-₌=₍(₎)ₐaₑeₒoₓxᵢiⱼjₖkₙnₜt",
            Map.of());

    /**
     * Commands read as a plainer character than the variant the writer writes them for: {@code \epsilon} is ε,
     * not the lunate ϵ, and {@code \phi} is φ, not ϕ, as digests that write Unicode write the letters; {@code \sim}
     * before a number is "~10", the approximate amount, as a copied page's "sim10" is.
     */
    static final Map<String, String> PLAINER = Map.of("epsilon", "ε", "phi", "φ", "sim", "~");
    /**
     * Spellings that only reading accepts: the writer writes the characters with the commands above, or keeps them
     * as UTF-8 (a document that sets them needs textcomp's or another package's commands). The text-mode ones are
     * how Better BibTeX and arXiv's metadata write symbols ("90{\textdegree}", "5{\texttimes}"); {@code \textasciitilde},
     * {@code \textasciicircum}, {@code \textquotedbl} and {@code \textbackslash} are also the BibTeX writer's
     * escapes (and Zotero's) for "~", "^", a straight double quote and a backslash.
     */
    static final Map<String, String> READ_ONLY = Map.ofEntries(Map.entry("le", "≤"), Map.entry("ge", "≥"),
            Map.entry("ne", "≠"), Map.entry("to", "→"), Map.entry("dots", "…"), Map.entry("log", "log"),
            Map.entry("exp", "exp"), Map.entry("prime", "′"), Map.entry("degree", "°"),
            Map.entry("textdegree", "°"), Map.entry("texttimes", "×"), Map.entry("textdiv", "÷"),
            Map.entry("textpm", "±"), Map.entry("textmu", "µ"), Map.entry("textcopyright", "©"),
            Map.entry("textsection", "§"), Map.entry("textparagraph", "¶"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textellipsis", "…"), Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"), Map.entry("textquotedblleft", "“"), Map.entry("textquotedblright", "”"),
            Map.entry("textquoteleft", "‘"), Map.entry("textquoteright", "’"), Map.entry("textless", "<"),
            Map.entry("textgreater", ">"), Map.entry("textbar", "|"), Map.entry("textunderscore", "_"),
            Map.entry("textperthousand", "‰"), Map.entry("textonehalf", "½"), Map.entry("textonequarter", "¼"),
            Map.entry("textthreequarters", "¾"), Map.entry("textdagger", "†"), Map.entry("textdaggerdbl", "‡"),
            Map.entry("texteuro", "€"), Map.entry("textsterling", "£"), Map.entry("textyen", "¥"),
            Map.entry("textcent", "¢"), Map.entry("textohm", "Ω"), Map.entry("textperiodcentered", "·"),
            Map.entry("textminus", "−"), Map.entry("textnumero", "№"), Map.entry("textquotedbl", "\""),
            Map.entry("textbackslash", "\\"));

    /** Formulas by character: the commands, then the characters written as something else. */
    private static final Map<Integer, String> MATH = math();
    private static final Map<Integer, String> TEXT = commands(TEXT_COMMANDS);
    /** Characters by command: the tables above read back. */
    private static final Map<String, String> READ = read();
    /** Superscript and subscript characters by what they raise or lower, for a reader of {@code ^2} and {@code _1}. */
    private static final Map<Character, Character> SUPERSCRIPTS = inverse(RAISED);
    private static final Map<Character, Character> SUBSCRIPTS = inverse(LOWERED);

    private TexSymbols() {
    }

    /**
     * What a formula writes for the character: {@code \beta}, {@code \mathrm{A}}, {@code \mathbf{R}}; null when it is
     * no Greek letter or mathematical symbol TeX sets without packages.
     */
    public static String formula(int c) {
        return MATH.get(c);
    }

    /** The text-mode command for the character, without its backslash ({@code dag} for †), or null. */
    public static String textCommand(int c) {
        return TEXT.get(c);
    }

    /** What a formula raises for a superscript character ({@code 2} for ², {@code \prime} for ′), or null. */
    public static String raised(int c) {
        return RAISED.get(c);
    }

    /** What a formula lowers for a subscript character ({@code 2} for ₂), or null. */
    public static String lowered(int c) {
        return LOWERED.get(c);
    }

    /**
     * The character a command stands for, by its name without the backslash ({@code beta}, {@code textdegree}, and
     * {@code mathbb{R}} with its letter), if it is one of the symbols here.
     */
    public static Optional<String> character(String command) {
        return Optional.ofNullable(READ.get(command));
    }

    /** The superscript character of a digit, a sign or a letter that has one ({@code 2} is ²), if any. */
    public static Optional<Character> superscript(char c) {
        return Optional.ofNullable(SUPERSCRIPTS.get(c));
    }

    /** The subscript character of a digit, a sign or a letter that has one ({@code 2} is ₂), if any. */
    public static Optional<Character> subscript(char c) {
        return Optional.ofNullable(SUBSCRIPTS.get(c));
    }

    private static Map<Integer, String> math() {
        Map<Integer, String> math = new HashMap<>();
        commands(MATH_COMMANDS).forEach((c, command) -> math.put(c, "\\" + command));
        for (int i = 0; i < LATIN_LOOKING.length(); i += 2) {
            math.put((int) LATIN_LOOKING.charAt(i), "\\mathrm{" + LATIN_LOOKING.charAt(i + 1) + "}");
        }
        doubleStruck().forEach((c, letter) -> math.put(c, "\\mathbf{" + letter + "}"));
        math.putAll(WRITTEN_AS);
        return Map.copyOf(math);
    }

    /** Each double-struck letter by its Latin letter: those with a character of their own, then the block's rest. */
    private static Map<Integer, Character> doubleStruck() {
        Map<Integer, Character> letters = new HashMap<>();
        for (int i = 0; i < DOUBLE_STRUCK.length(); i += 2) {
            letters.put((int) DOUBLE_STRUCK.charAt(i), DOUBLE_STRUCK.charAt(i + 1));
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            if (DOUBLE_STRUCK.indexOf(c) < 0) {
                letters.put(DOUBLE_STRUCK_A + c - 'A', c); // 𝔸 to 𝕐, less the holes for the letters above
            }
        }
        return letters;
    }

    /** The commands read back, each as the first character listed for it; then the plainer and reading-only ones. */
    private static Map<String, String> read() {
        Map<String, String> read = new HashMap<>();
        for (String table : new String[] {MATH_COMMANDS, TEXT_COMMANDS}) {
            for (String entry : table.split(" ")) {
                int c = entry.codePointAt(0);
                read.putIfAbsent(entry.substring(Character.charCount(c)), Character.toString(c));
            }
        }
        doubleStruck().forEach((c, letter) -> read.put("mathbb{" + letter + "}", Character.toString(c)));
        read.putAll(PLAINER);
        read.putAll(READ_ONLY);
        return Map.copyOf(read);
    }

    /** Entries "αalpha βbeta": each character by its command. */
    private static Map<Integer, String> commands(String entries) {
        Map<Integer, String> commands = new HashMap<>();
        for (String entry : entries.split(" ")) {
            int c = entry.codePointAt(0);
            commands.put(c, entry.substring(Character.charCount(c)));
        }
        return Map.copyOf(commands);
    }

    private static Map<Integer, String> scripts(String pairs, Map<Integer, String> more) {
        Map<Integer, String> scripts = new HashMap<>(more);
        for (int i = 0; i < pairs.length(); i += 2) {
            scripts.put((int) pairs.charAt(i), String.valueOf(pairs.charAt(i + 1)));
        }
        return Map.copyOf(scripts);
    }

    /** The characters raised or lowered that stand for one character, by that character. */
    private static Map<Character, Character> inverse(Map<Integer, String> scripts) {
        Map<Character, Character> inverse = new HashMap<>();
        scripts.forEach((c, tex) -> {
            if (tex.length() == 1) {
                inverse.put(tex.charAt(0), (char) c.intValue());
            }
        });
        return Map.copyOf(inverse);
    }
}
