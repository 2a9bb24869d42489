package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.PaperId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Declared hubs hold the papers their tags reach, exactly as declared. A paper none of them reaches joins the hub
 * whose papers it is nearest to in meaning, when it is at least as near to that hub's centre as nine in ten of the
 * hub's own papers are; otherwise it stays out of every hub, and the taxonomy report lists it. Each hub's key
 * papers are those nearest its centre.
 */
final class NearestDeclaredHub {

    /** A hub needs this many papers before its centre says where it is. */
    static final int MIN_MEMBERS = 3;
    /** The share of a hub's own papers that may be further from its centre than a paper placed in it. */
    static final double QUANTILE = 0.10;

    private NearestDeclaredHub() {
    }

    static List<Hub> place(List<Hub> hubs, PaperVectors vectors) {
        VectorMatrix matrix = vectors.matrix();
        float[][] centres = new float[hubs.size()][];
        float[] threshold = new float[hubs.size()];
        Set<PaperId> reached = new HashSet<>();
        for (int h = 0; h < hubs.size(); h++) {
            int[] own = hubs.get(h).paperIds().stream().map(vectors::indexOf).filter(java.util.OptionalInt::isPresent)
                    .mapToInt(java.util.OptionalInt::getAsInt).toArray();
            reached.addAll(hubs.get(h).paperIds());
            if (own.length < MIN_MEMBERS || matrix.dimensions() == 0) {
                continue;
            }
            centres[h] = SphericalKMeans.unit(matrix.sum(own));
            float[] sims = new float[own.length];
            for (int i = 0; i < sims.length; i++) {
                sims[i] = matrix.dot(own[i], centres[h]);
            }
            Arrays.sort(sims);
            threshold[h] = sims[(int) Math.floor(QUANTILE * (sims.length - 1))];
        }
        List<TreeSet<PaperId>> members = new ArrayList<>();
        hubs.forEach(h -> members.add(new TreeSet<>(h.paperIds())));
        for (int i = 0; i < vectors.size(); i++) {
            PaperId id = vectors.ids().get(i);
            if (reached.contains(id)) {
                continue;
            }
            int best = -1;
            float bestScore = Float.NEGATIVE_INFINITY;
            for (int h = 0; h < hubs.size(); h++) {
                if (centres[h] != null) {
                    float s = matrix.dot(i, centres[h]);
                    if (s > bestScore) {
                        bestScore = s;
                        best = h;
                    }
                }
            }
            if (best >= 0 && bestScore >= threshold[best]) {
                members.get(best).add(id);
            }
        }
        List<Hub> out = new ArrayList<>();
        for (int h = 0; h < hubs.size(); h++) {
            float[] centre = centres[h];
            List<Integer> rows = members.get(h).stream().map(vectors::indexOf).filter(java.util.OptionalInt::isPresent)
                    .map(java.util.OptionalInt::getAsInt).toList();
            List<PaperId> keyPapers = centre == null ? List.of() : SemanticHubs.keyPapers(vectors, rows, centre);
            out.add(hubs.get(h).withPapers(List.copyOf(members.get(h)), keyPapers));
        }
        return out;
    }
}
