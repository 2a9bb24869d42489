package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The default model run in-process: meaningful vectors, and the very same floats whatever the threads. */
class OnnxSentenceEmbedderTest {

    private static final List<String> TEXTS = List.of(
            "3D Gaussian splatting for real-time novel view synthesis of large scenes.",
            "Sign language translation from continuous video with a gloss-free transformer.",
            "A diffusion model for text-to-video generation with temporal attention.",
            "Speech recognition for low-resource languages with self-supervised pre-training.",
            "Reinforcement learning agents that plan with a learned world model.",
            "Medical image segmentation of tumours in MRI scans with a U-Net.",
            "Large language models as judges of multilingual summaries.",
            "Robotic grasping of unseen objects from a single depth image.");

    @Test
    void vectorsAreUnitLengthAndCloserForCloserMeanings() {
        try (OnnxSentenceEmbedder model = new OnnxSentenceEmbedder(SentenceModel.DEFAULT)) {
            assertFalse(model.isLoaded(), "nothing is loaded before the first text");
            float[] splatting = model.embed(TEXTS.get(0));
            assertTrue(model.isLoaded());
            float[] nerf = model.embed("Neural radiance fields render new views of a scene from a few photographs.");
            float[] speech = model.embed(TEXTS.get(3));
            assertEquals(model.dimensions(), splatting.length);
            assertEquals(1.0, PaperVectors.dot(splatting, splatting), 1e-4);
            assertTrue(PaperVectors.dot(splatting, nerf) > PaperVectors.dot(splatting, speech) + 0.1);
        }
    }

    @Test
    void theSameTextGivesTheSameFloatsOnOneThreadOrManyAndFromAnotherInstance() throws Exception {
        List<float[]> sequential = new ArrayList<>();
        try (OnnxSentenceEmbedder model = new OnnxSentenceEmbedder(SentenceModel.DEFAULT)) {
            for (String t : TEXTS) {
                sequential.add(model.embed(t));
            }
        }
        try (OnnxSentenceEmbedder model = new OnnxSentenceEmbedder(SentenceModel.DEFAULT)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (int round = 0; round < 3; round++) {
                    List<Future<float[]>> parallel = new ArrayList<>();
                    for (String t : TEXTS) {
                        parallel.add(pool.submit(() -> model.embed(t)));
                    }
                    for (int i = 0; i < TEXTS.size(); i++) {
                        assertArrayEquals(sequential.get(i), parallel.get(i).get(), "text " + i + ", round " + round);
                    }
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void theModelKeyNamesTheModelAndTheReleasesThatMakeItsNumbers() {
        String key = new OnnxSentenceEmbedder(SentenceModel.DEFAULT).modelKey();
        assertTrue(key.startsWith("all-minilm-l6-v2-q@1."), key);
        assertTrue(key.contains("+onnxruntime-"), key);
        assertFalse(key.contains("unknown"), key);
    }
}
