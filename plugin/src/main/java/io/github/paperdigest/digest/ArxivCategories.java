package io.github.paperdigest.digest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The readable names of arXiv's subject categories ("cs.CV" is "Computer Vision and Pattern Recognition"). */
public final class ArxivCategories {

    private static final Pattern ACM_CLASS = Pattern.compile("[A-K]\\.\\d+(\\.\\d+)?");

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("cs.AI", "Artificial Intelligence"), Map.entry("cs.AR", "Hardware Architecture"),
            Map.entry("cs.CC", "Computational Complexity"),
            Map.entry("cs.CE", "Computational Engineering, Finance, and Science"),
            Map.entry("cs.CG", "Computational Geometry"), Map.entry("cs.CL", "Computation and Language"),
            Map.entry("cs.CR", "Cryptography and Security"),
            Map.entry("cs.CV", "Computer Vision and Pattern Recognition"),
            Map.entry("cs.CY", "Computers and Society"), Map.entry("cs.DB", "Databases"),
            Map.entry("cs.DC", "Distributed, Parallel, and Cluster Computing"), Map.entry("cs.DL", "Digital Libraries"),
            Map.entry("cs.DM", "Discrete Mathematics"), Map.entry("cs.DS", "Data Structures and Algorithms"),
            Map.entry("cs.ET", "Emerging Technologies"), Map.entry("cs.FL", "Formal Languages and Automata Theory"),
            Map.entry("cs.GL", "General Literature"), Map.entry("cs.GR", "Graphics"),
            Map.entry("cs.GT", "Computer Science and Game Theory"), Map.entry("cs.HC", "Human-Computer Interaction"),
            Map.entry("cs.IR", "Information Retrieval"), Map.entry("cs.IT", "Information Theory"),
            Map.entry("cs.LG", "Machine Learning"), Map.entry("cs.LO", "Logic in Computer Science"),
            Map.entry("cs.MA", "Multiagent Systems"), Map.entry("cs.MM", "Multimedia"),
            Map.entry("cs.MS", "Mathematical Software"), Map.entry("cs.NA", "Numerical Analysis"),
            Map.entry("cs.NE", "Neural and Evolutionary Computing"), Map.entry("cs.NI", "Networking and Internet Architecture"),
            Map.entry("cs.OH", "Other Computer Science"), Map.entry("cs.OS", "Operating Systems"),
            Map.entry("cs.PF", "Performance"), Map.entry("cs.PL", "Programming Languages"),
            Map.entry("cs.RO", "Robotics"), Map.entry("cs.SC", "Symbolic Computation"), Map.entry("cs.SD", "Sound"),
            Map.entry("cs.SE", "Software Engineering"), Map.entry("cs.SI", "Social and Information Networks"),
            Map.entry("cs.SY", "Systems and Control"),
            Map.entry("stat.AP", "Statistics Applications"), Map.entry("stat.CO", "Statistical Computation"),
            Map.entry("stat.ME", "Statistical Methodology"), Map.entry("stat.ML", "Machine Learning (Statistics)"),
            Map.entry("stat.OT", "Other Statistics"), Map.entry("stat.TH", "Statistics Theory"),
            Map.entry("eess.AS", "Audio and Speech Processing"), Map.entry("eess.IV", "Image and Video Processing"),
            Map.entry("eess.SP", "Signal Processing"), Map.entry("eess.SY", "Systems and Control (EESS)"),
            Map.entry("math.AC", "Commutative Algebra"), Map.entry("math.AG", "Algebraic Geometry"),
            Map.entry("math.AP", "Analysis of PDEs"), Map.entry("math.AT", "Algebraic Topology"),
            Map.entry("math.CA", "Classical Analysis and ODEs"), Map.entry("math.CO", "Combinatorics"),
            Map.entry("math.CT", "Category Theory"), Map.entry("math.CV", "Complex Variables"),
            Map.entry("math.DG", "Differential Geometry"), Map.entry("math.DS", "Dynamical Systems"),
            Map.entry("math.FA", "Functional Analysis"), Map.entry("math.GM", "General Mathematics"),
            Map.entry("math.GN", "General Topology"), Map.entry("math.GR", "Group Theory"),
            Map.entry("math.GT", "Geometric Topology"), Map.entry("math.HO", "History and Overview"),
            Map.entry("math.IT", "Information Theory (Mathematics)"), Map.entry("math.KT", "K-Theory and Homology"),
            Map.entry("math.LO", "Logic"), Map.entry("math.MG", "Metric Geometry"),
            Map.entry("math.MP", "Mathematical Physics"), Map.entry("math.NA", "Numerical Analysis (Mathematics)"),
            Map.entry("math.NT", "Number Theory"), Map.entry("math.OA", "Operator Algebras"),
            Map.entry("math.OC", "Optimization and Control"), Map.entry("math.PR", "Probability"),
            Map.entry("math.QA", "Quantum Algebra"), Map.entry("math.RA", "Rings and Algebras"),
            Map.entry("math.RT", "Representation Theory"), Map.entry("math.SG", "Symplectic Geometry"),
            Map.entry("math.SP", "Spectral Theory"), Map.entry("math.ST", "Statistics Theory (Mathematics)"),
            Map.entry("q-bio.BM", "Biomolecules"), Map.entry("q-bio.CB", "Cell Behavior"),
            Map.entry("q-bio.GN", "Genomics"), Map.entry("q-bio.MN", "Molecular Networks"),
            Map.entry("q-bio.NC", "Neurons and Cognition"), Map.entry("q-bio.OT", "Other Quantitative Biology"),
            Map.entry("q-bio.PE", "Populations and Evolution"), Map.entry("q-bio.QM", "Quantitative Methods"),
            Map.entry("q-bio.SC", "Subcellular Processes"), Map.entry("q-bio.TO", "Tissues and Organs"),
            Map.entry("q-fin.CP", "Computational Finance"), Map.entry("q-fin.EC", "Economics (Finance)"),
            Map.entry("q-fin.GN", "General Finance"), Map.entry("q-fin.MF", "Mathematical Finance"),
            Map.entry("q-fin.PM", "Portfolio Management"), Map.entry("q-fin.PR", "Pricing of Securities"),
            Map.entry("q-fin.RM", "Risk Management"), Map.entry("q-fin.ST", "Statistical Finance"),
            Map.entry("q-fin.TR", "Trading and Market Microstructure"),
            Map.entry("econ.EM", "Econometrics"), Map.entry("econ.GN", "General Economics"),
            Map.entry("econ.TH", "Theoretical Economics"),
            Map.entry("astro-ph", "Astrophysics"), Map.entry("astro-ph.CO", "Cosmology and Nongalactic Astrophysics"),
            Map.entry("astro-ph.EP", "Earth and Planetary Astrophysics"), Map.entry("astro-ph.GA", "Astrophysics of Galaxies"),
            Map.entry("astro-ph.HE", "High Energy Astrophysical Phenomena"),
            Map.entry("astro-ph.IM", "Instrumentation and Methods for Astrophysics"),
            Map.entry("astro-ph.SR", "Solar and Stellar Astrophysics"),
            Map.entry("cond-mat.dis-nn", "Disordered Systems and Neural Networks"),
            Map.entry("cond-mat.mes-hall", "Mesoscale and Nanoscale Physics"),
            Map.entry("cond-mat.mtrl-sci", "Materials Science"), Map.entry("cond-mat.other", "Other Condensed Matter"),
            Map.entry("cond-mat.quant-gas", "Quantum Gases"), Map.entry("cond-mat.soft", "Soft Condensed Matter"),
            Map.entry("cond-mat.stat-mech", "Statistical Mechanics"),
            Map.entry("cond-mat.str-el", "Strongly Correlated Electrons"), Map.entry("cond-mat.supr-con", "Superconductivity"),
            Map.entry("gr-qc", "General Relativity and Quantum Cosmology"), Map.entry("hep-ex", "High Energy Physics - Experiment"),
            Map.entry("hep-lat", "High Energy Physics - Lattice"), Map.entry("hep-ph", "High Energy Physics - Phenomenology"),
            Map.entry("hep-th", "High Energy Physics - Theory"), Map.entry("math-ph", "Mathematical Physics"),
            Map.entry("nlin.AO", "Adaptation and Self-Organizing Systems"), Map.entry("nlin.CD", "Chaotic Dynamics"),
            Map.entry("nlin.CG", "Cellular Automata and Lattice Gases"),
            Map.entry("nlin.PS", "Pattern Formation and Solitons"),
            Map.entry("nlin.SI", "Exactly Solvable and Integrable Systems"), Map.entry("nucl-ex", "Nuclear Experiment"),
            Map.entry("nucl-th", "Nuclear Theory"), Map.entry("quant-ph", "Quantum Physics"),
            Map.entry("physics.app-ph", "Applied Physics"), Map.entry("physics.bio-ph", "Biological Physics"),
            Map.entry("physics.chem-ph", "Chemical Physics"), Map.entry("physics.comp-ph", "Computational Physics"),
            Map.entry("physics.data-an", "Data Analysis, Statistics and Probability"),
            Map.entry("physics.flu-dyn", "Fluid Dynamics"), Map.entry("physics.med-ph", "Medical Physics"),
            Map.entry("physics.optics", "Optics"), Map.entry("physics.soc-ph", "Physics and Society"),
            Map.entry("physics.ao-ph", "Atmospheric and Oceanic Physics"),
            Map.entry("physics.ed-ph", "Physics Education"), Map.entry("physics.geo-ph", "Geophysics"),
            Map.entry("physics.ins-det", "Instrumentation and Detectors"),
            Map.entry("physics.plasm-ph", "Plasma Physics"), Map.entry("physics.gen-ph", "General Physics"),
            Map.entry("physics.hist-ph", "History and Philosophy of Physics"));

    /**
     * arXiv's archives by the names reference managers write before a category's: Zotero keeps an arXiv paper's
     * categories as keywords such as "Computer Science - Computer Vision and Pattern Recognition".
     */
    private static final Map<String, String> ARCHIVES = Map.ofEntries(Map.entry("computer science", "cs"),
            Map.entry("statistics", "stat"), Map.entry("mathematics", "math"),
            Map.entry("electrical engineering and systems science", "eess"), Map.entry("quantitative biology", "q-bio"),
            Map.entry("quantitative finance", "q-fin"), Map.entry("economics", "econ"), Map.entry("physics", "physics"),
            Map.entry("condensed matter", "cond-mat"), Map.entry("astrophysics", "astro-ph"),
            Map.entry("nonlinear sciences", "nlin"));
    /** A name's qualifier, which arXiv adds where two archives share a name ("Machine Learning (Statistics)"). */
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)$");
    /** Codes by their names in lower case, and by "archive|name" with the name's qualifier left out. */
    private static final Map<String, String> BY_NAME = byName();

    private static Map<String, String> byName() {
        Map<String, String> codes = new TreeMap<>();
        NAMES.forEach((code, name) -> {
            codes.merge(name.toLowerCase(Locale.ROOT), code, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            int dot = code.indexOf('.');
            String archive = dot < 0 ? code : code.substring(0, dot);
            String bare = QUALIFIER.matcher(name).replaceFirst("").toLowerCase(Locale.ROOT);
            codes.merge(archive + "|" + bare, code, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        return Map.copyOf(codes);
    }

    private ArxivCategories() {
    }

    /**
     * The category a keyword names, as a reference manager writes it: the category's name ("Computer Vision and
     * Pattern Recognition"), or its archive's and its own ("Statistics - Machine Learning" is stat.ML), in any case.
     * Empty for any other keyword.
     */
    public static Optional<String> ofKeyword(String keyword) {
        String wanted = keyword.strip().toLowerCase(Locale.ROOT);
        String named = BY_NAME.get(wanted);
        if (named != null) {
            return Optional.of(named);
        }
        int dash = wanted.indexOf(" - ");
        String archive = dash < 0 ? null : ARCHIVES.get(wanted.substring(0, dash).strip());
        return archive == null ? Optional.empty()
                : Optional.ofNullable(BY_NAME.get(archive + "|" + wanted.substring(dash + 3).strip()));
    }

    /** The category's name, or empty when the code is not an arXiv category. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code.strip()));
    }

    /** True for an ACM class such as "I.2.7", which arXiv listings sometimes mix into categories. */
    public static boolean isAcmClass(String code) {
        return ACM_CLASS.matcher(code.strip()).matches();
    }
}
