/**
 * Decision 8: the device named in a claim's sentence; else the one platform the whole work is
 * built for or evaluated on. An abstract naming several platforms has no fallback; compared
 * devices, "per GPU" and device-hours name no platform; a processor of a phone or board is that
 * device's; counted devices and nodes decide between one device and a cluster.
 */
import { describe, expect, it } from 'vitest';
import { findHardwareMentions } from '../../src/lexicon/hardware.js';
import { claimAt, run } from './helpers.js';

describe('one platform, or none', () => {
  const several =
    'We present NimbleQ, a post-training quantization scheme for vision transformers. We calibrate NimbleQ on 64 A100 GPUs ' +
    'in under 9 hours. On a Pixel 7 phone NPU, latency drops to 12 ms per image. On a Cortex-A72 CPU, NimbleQ runs at 85 ms ' +
    'per image. Overall, NimbleQ reduces activation memory by 3.1x and needs only 48 MB of memory at inference time.';

  it('keeps each sentence its own device', () => {
    expect(claimAt(several, '9 hours').hardware_class).toBe('cluster');
    const phone = claimAt(several, '12 ms');
    expect(phone.evidence).toBe('latency drops to 12 ms');
    expect(phone.hardware_class).toBe('npu');
    expect(claimAt(several, '85 ms').hardware_class).toBe('cpu');
  });

  it('applies none of several platforms to sentences that name no device', () => {
    for (const needle of ['3.1x', '48 MB']) {
      const claim = claimAt(several, needle);
      expect(claim.hardware, needle).toBeNull();
      expect(claim.hardware_class, needle).toBeNull();
    }
  });

  it('applies one platform to the sentences that name none', () => {
    const text =
      'We introduce TinyServe, a serving runtime for small language models. All experiments run on a single NVIDIA L4 GPU. ' +
      'TinyServe reduces time-to-first-token by 38% and raises throughput by 2.4x over vLLM.';
    expect(claimAt(text, '38%').hardware_class).toBe('gpu');
    expect(claimAt(text, '2.4x').hardware).toBe('single NVIDIA L4 GPU');
  });

  it('tells set-ups of one kind apart: one device to run, others to train', () => {
    const text =
      'On a single H100, our drafter decodes at 91 tokens/s. It achieves 2.7x wall-clock speedups over autoregressive ' +
      'decoding. The drafter is trained in 11 hours on 4 GPUs.';
    expect(claimAt(text, '91 tokens/s').hardware_class).toBe('gpu');
    expect(claimAt(text, '2.7x').hardware_class).toBeNull();
  });

  it('reads a work declared for a kind of device as one platform across its devices', () => {
    const text =
      'In this paper, we present LUTMul, a table-lookup kernel library for low-bit LLM inference on CPUs. ' +
      'LUTMul decodes at 40 tokens/s on an Intel Core i7-12700 and 9 tokens/s on a Raspberry Pi 5. ' +
      'Compared with llama.cpp, LUTMul gives up to 3.2x higher throughput.';
    expect(claimAt(text, '3.2x').hardware_class).toBe('cpu');
  });

  it('takes a sentence that opens on its platform as the setting of the work', () => {
    const text =
      'On a 256-GPU H100 cluster, PipeMix trains a 70B model at 48% model FLOPs utilization. ' +
      'Its cross-node traffic drops by 2.9x.';
    expect(claimAt(text, '48%').hardware_class).toBe('cluster');
    expect(claimAt(text, '2.9x').hardware_class).toBe('cluster');
  });
});

describe('devices that are not where a claim was measured', () => {
  it('skips a device after "than"', () => {
    const text = 'We find that the WSE-2 trains 3.1x faster than 32 A100 GPUs at the same batch size.';
    expect(claimAt(text, '3.1x').hardware_class).toBe('asic');
  });

  it('skips a device a measure is normalized by', () => {
    const text = 'We run HiveKV on four nodes of 8 H100 GPUs. HiveKV sustains 2,400 tokens/s per GPU under bursty load.';
    expect(claimAt(text, '2,400 tokens/s').hardware_class).toBe('cluster');
  });

  it('keeps the device where a compared system ran with the compared system', () => {
    const text =
      'Deployed on 16 SpiNNaker 2 chips, SpikeKWS processes 820 frames/s, a 9.2x energy reduction compared with the same ' +
      'network run on an NVIDIA Jetson Nano.';
    expect(claimAt(text, '820 frames/s').hardware_class).toBe('neuromorphic');
    expect(claimAt(text, '9.2x').hardware_class).toBe('neuromorphic');
  });

  it('skips a compared device named in parentheses', () => {
    const text =
      'Compared with a commercial edge accelerator (Coral Edge TPU [7]), our in-memory computing macro delivers 4.1x lower latency.';
    expect(claimAt(text, '4.1x').hardware_class).toBe('pim');
  });
});

describe('emulated platforms (Decision 8)', () => {
  it('takes the class of what is emulated, not of the emulator', () => {
    const text = 'The accelerator, emulated on a Xilinx ZCU102 FPGA, reaches 12 ms latency.';
    expect(claimAt(text, '12 ms').hardware_class).toBe('asic');
    const mcu = 'Evaluated on an FPGA-emulated RISC-V MCU, TinyNet runs in 41 ms per inference.';
    expect(claimAt(mcu, '41 ms').hardware_class).toBe('mcu');
  });
});

describe('processors of phones and boards', () => {
  it('gives a general processor the class of the device it is part of', () => {
    const text = 'On the Cortex-A53 CPU of a smartwatch, keyword spotting takes 41 ms per second of audio.';
    const claim = claimAt(text, '41 ms');
    expect(claim.hardware).toBe('Cortex-A53 CPU of a smartwatch');
    expect(claim.hardware_class).toBe('mobile');
  });

  it('pairs devices listed before "respectively" with the numbers', () => {
    const text =
      'TernGEMM reaches 51 tokens/s on an AMD Ryzen 7 7700X and 12 tokens/s on a Raspberry Pi 5, which is 2.2x and 3.0x ' +
      'faster than llama.cpp, respectively.';
    expect(claimAt(text, '2.2x').hardware_class).toBe('cpu');
    expect(claimAt(text, '3.0x').hardware_class).toBe('edge');
  });
});

describe('counted devices', () => {
  it('reads counts, multipliers and plural device codes', () => {
    const read = (text: string) => findHardwareMentions(text).map((m) => [m.text, m.entity.class]);
    expect(read('8x A100')).toEqual([['8x A100', 'cluster']]);
    expect(read('8×H100')).toEqual([['8×H100', 'cluster']]);
    expect(read('16 H100s')).toEqual([['16 H100s', 'cluster']]);
    expect(read('4 GPUs')).toEqual([['4 GPUs', 'gpu']]);
    expect(read('4 nodes')).toEqual([['4 nodes', 'cluster']]);
    expect(read('a smartwatch')).toEqual([['smartwatch', 'mobile']]);
  });

  it('names the device of device-hours', () => {
    const text = 'The whole search costs only 30 TPU-hours.';
    expect(claimAt(text, '30 TPU-hours').hardware_class).toBe('tpu');
  });
});

describe("the work's one platform, with compared and background devices about", () => {
  it('does not count a compared or background device as a second platform', () => {
    const text =
      'Deep networks are typically deployed on power-hungry GPUs or CPUs. We propose EdgeNet, designed for the Raspberry Pi 4. ' +
      'EdgeNet runs 2.7x faster than MobileNetV2 and uses 40% less memory. Unlike GPU-based methods, EdgeNet reduces energy by 3.3x.';
    for (const needle of ['2.7x', '40%', '3.3x']) expect(claimAt(text, needle).hardware_class, needle).toBe('edge');
  });

  it('reads a device named as a baseline ("the CPU baseline") as the compared one', () => {
    const text =
      'We port SparseDet to a Jetson Orin Nano. SparseDet runs 3.4x faster than the CPU baseline. Its power draw drops by 22%.';
    expect(claimAt(text, '3.4x').hardware_class).toBe('edge');
    expect(claimAt(text, '22%').hardware_class).toBe('edge');
  });

  it("takes a phone and its own NPU as one platform, the NPU's", () => {
    const text =
      'We deploy our model on a Snapdragon 8 Gen 2 phone. Using the Hexagon NPU, inference takes 18 ms. ' +
      'Overall, our method is 3.4x faster than TFLite and reduces energy by 52%.';
    expect(claimAt(text, '18 ms').hardware_class).toBe('npu');
    expect(claimAt(text, '3.4x').hardware_class).toBe('npu');
    expect(claimAt(text, '52%').hardware_class).toBe('npu');
  });

  it('takes counted devices and the device they count as one set-up, but not counts of a class word', () => {
    const text = 'We train MegaX on 8×H100. Each H100 sustains 52% MFU. MegaX trains 1.7x faster than Megatron-LM.';
    expect(claimAt(text, '1.7x').hardware_class).toBe('cluster');
    const two =
      'We propose a schedule for video training in two settings (128 GPUs or 1 GPU). ' +
      'It trains a SlowFast network 4.5x faster than the baseline method.';
    expect(claimAt(two, '4.5x').hardware_class).toBeNull();
  });

  it("takes the work's own chip as its platform", () => {
    const text =
      'The fabricated 28nm prototype achieves 45.6 TOPS/W. The chip runs ResNet-18 at 1,200 FPS, 4.3x faster than a ' +
      'Jetson Xavier NX. Power consumption is 89 mW.';
    for (const needle of ['45.6 TOPS/W', '1,200 FPS', '4.3x', '89 mW']) expect(claimAt(text, needle).hardware_class, needle).toBe('asic');
  });

  it('keeps accuracy and compute counts off the platform unless their sentence names it', () => {
    const other = 'We run our detector on the Pixel 7. It is 2.3x faster than MobileNetV3. It reaches 74.1% mAP with 28% fewer FLOPs.';
    expect(claimAt(other, '2.3x').hardware_class).toBe('mobile');
    expect(claimAt(other, '74.1%').hardware_class).toBeNull();
    expect(claimAt(other, '28%').hardware_class).toBeNull();
  });
});

describe('the compared side of a claim', () => {
  it("gives the work's device, not the one after over/than", () => {
    const pim =
      'We propose PIMLLM, a processing-in-memory architecture for LLM decoding. Our PIM design improves decode throughput by 3.9x over a GPU.';
    expect(claimAt(pim, '3.9x').hardware_class).toBe('pim');
    const neuro = 'We present a spiking keyword spotter on Loihi 2. Our neuromorphic board uses 11.5 times lower energy than a Jetson Orin Nano.';
    expect(claimAt(neuro, '11.5 times').hardware_class).toBe('neuromorphic');
  });
});

describe('accelerators on FPGAs and fabricated chips', () => {
  it('reads an accelerator on an FPGA board as the FPGA for all its claims', () => {
    const text =
      'We present an accelerator on an AMD Alveo U55C for sparse attention. The accelerator achieves 2.8x speedup over an ' +
      'NVIDIA V100 GPU and 5.3x higher energy efficiency. It consumes 21 W.';
    for (const needle of ['2.8x', '5.3x', '21 W']) expect(claimAt(text, needle).hardware_class, needle).toBe('fpga');
  });

  it('reads an FPGA-based accelerator as the FPGA', () => {
    const text =
      'Our FPGA-based accelerator for CNN inference reaches 1.2 TOPS. The accelerator is 3.5x more energy efficient than the CPU implementation.';
    expect(claimAt(text, '1.2 TOPS').hardware_class).toBe('fpga');
    expect(claimAt(text, '3.5x').hardware_class).toBe('fpga');
  });

  it("reads the work's own chip as an ASIC", () => {
    const text = 'We present SpaTra, a sparse transformer accelerator. Compared with a GPU, our chip achieves 12.3x higher energy efficiency. It reduces memory access by 63%.';
    expect(claimAt(text, '12.3x').hardware_class).toBe('asic');
    expect(claimAt(text, '63%').hardware_class).toBe('asic');
  });
});

describe('units named inside a phone', () => {
  it('reads the Hexagon NPU of a Snapdragon as the NPU; a phone by itself as mobile', () => {
    const npu = 'We deploy on the Hexagon NPU of a Snapdragon 8 Gen 2. Inference takes 9.8 ms, and energy drops by 46%.';
    expect(claimAt(npu, '9.8 ms').hardware_class).toBe('npu');
    expect(claimAt(npu, '46%').hardware_class).toBe('npu');
    const phone = 'On a Samsung Galaxy S23, our model runs in 31 ms. Across tasks, our method is 2.5x faster than MobileBERT.';
    expect(claimAt(phone, '31 ms').hardware_class).toBe('mobile');
    expect(claimAt(phone, '2.5x').hardware_class).toBe('mobile');
  });
});

describe('a device inside a measure name', () => {
  it("prefers the work's platform to 'GPU memory'", () => {
    const cpu =
      'We present SparseKV for LLM inference on CPUs. SparseKV uses 23% less GPU memory than FlexGen and decodes 1.6x faster. ' +
      'We evaluate on an Intel Xeon Platinum 8380.';
    expect(claimAt(cpu, '23%').hardware_class).toBe('cpu');
    expect(claimAt(cpu, '1.6x').hardware_class).toBe('cpu');
    const gpu = 'We implement QuickServe on an NVIDIA A100. QuickServe uses 23% less GPU memory than vLLM.';
    expect(claimAt(gpu, '23%').hardware_class).toBe('gpu');
  });

  it('keeps the GPU when the work names no platform', () => {
    const text = 'Our method uses 23% less GPU memory than LoRA.';
    expect(claimAt(text, '23%').hardware_class).toBe('gpu');
  });
});

describe('where a compared system ran', () => {
  it('reads a device after "than a GPU implementation on" as the compared one', () => {
    const text =
      'This paper introduces SNNTrack, an event-based tracker. Implemented on Intel Loihi 2, SNNTrack consumes 2.1 mJ per frame, ' +
      'which is 38x less energy than a GPU implementation on an NVIDIA Jetson Xavier NX. Latency is reduced by 4.5x.';
    expect(claimAt(text, '2.1 mJ').hardware_class).toBe('neuromorphic');
    expect(claimAt(text, '38x').hardware_class).toBe('neuromorphic');
    expect(claimAt(text, '4.5x').hardware_class).toBe('neuromorphic');
  });

  it('reads the device of a fronted comparison of a run elsewhere as the compared one', () => {
    const text =
      'We implement TinyViT-Q on an STM32H7 microcontroller. TinyViT-Q achieves 3.2x lower latency than the CMSIS-NN ' +
      'implementation and reduces peak SRAM usage by 41%. Compared with running the same model on a Raspberry Pi 4, energy ' +
      'per inference drops by 5.6x. TinyViT-Q keeps top-1 accuracy within 0.8% of the FP32 model.';
    for (const needle of ['3.2x', '41%', '5.6x']) expect(claimAt(text, needle).hardware_class, needle).toBe('mcu');
    expect(claimAt(text, '0.8%').hardware_class).toBeNull();
  });

  it('keeps a device a comparison is made on as the claim\'s ("than existing models on an NPU")', () => {
    const text = 'Our network is 6x faster than existing models on a mobile NPU.';
    expect(claimAt(text, '6x').hardware_class).toBe('npu');
  });

  it('reads "an implementation on" a device as the work\'s platform', () => {
    const text =
      'A parallel implementation on a Xilinx UltraScale+ MPSoC device reduces energy by 62% over the baseline model. ' +
      'In a supervised setup, the energy saving reaches 1250x.';
    expect(claimAt(text, '1250x').hardware_class).toBe('fpga');
  });
});

describe('more ways a work names its platform', () => {
  it('reads "serves ... on" a device as the platform, with its counted devices as one set-up', () => {
    const text =
      'FastMoE-Infer serves mixture-of-experts models on a single NVIDIA H100. It improves throughput by 2.7x compared with ' +
      'DeepSpeed-MII and reduces time-to-first-token by 43%. With 8 H100 GPUs, FastMoE-Infer scales to 11,000 tokens/s.';
    expect(claimAt(text, '2.7x').hardware_class).toBe('gpu');
    expect(claimAt(text, '43%').hardware_class).toBe('gpu');
    expect(claimAt(text, '11,000 tokens/s').hardware_class).toBe('cluster');
  });

  it('reads "our 22nm SRAM-based ..." as the work\'s own device', () => {
    const text =
      'Our 22nm SRAM-based compute-in-memory macro achieves 89.4 TOPS/W. It improves energy efficiency by 3.2x over prior ' +
      'CIM macros and by 210x over a GPU. The macro reaches 91.2% accuracy on CIFAR-10.';
    expect(claimAt(text, '3.2x').hardware_class).toBe('pim');
    expect(claimAt(text, '210x').hardware_class).toBe('pim');
    expect(claimAt(text, '91.2%').hardware_class).toBeNull();
  });

  it('reads a class word right after a named device as that device', () => {
    const read = (text: string) => run(text).claims.map((c) => [c.value, c.hardware]);
    expect(read('LightSeg reaches 31 FPS on an RTX 3090 desktop GPU.')).toEqual([[31, 'RTX 3090 desktop GPU']]);
  });
});

describe('an FPGA board and the devices it beats', () => {
  it('ends a sentence at a one-letter unit and keeps the beaten devices off the claims', () => {
    const text =
      'Our accelerator, prototyped on a Xilinx ZCU102 board, achieves 215 GOPS at 9.3 W. It outperforms a CPU by 31x and a ' +
      'GPU by 2.1x in energy efficiency, while reducing latency by 44%.';
    for (const needle of ['215 GOPS', '9.3 W', '31x', '2.1x', '44%']) expect(claimAt(text, needle).hardware_class, needle).toBe('fpga');
  });

  it('reads a board written in named parts as one device', () => {
    const text =
      'Implemented on a Xilinx Zynq UltraScale+ ZCU102, our design draws 9.8 W. This is a 4.1x improvement in energy ' +
      'efficiency over an NVIDIA Jetson Orin Nano GPU.';
    expect(claimAt(text, '9.8 W').hardware).toBe('Xilinx Zynq UltraScale+ ZCU102');
    expect(claimAt(text, '4.1x').hardware_class).toBe('fpga');
  });
});

describe('phones by brand, and set-ups stated as where experiments were conducted', () => {
  it('reads a phone with its SoC as one platform', () => {
    const text =
      'We evaluate MobiLLM on a Xiaomi 14 phone with Snapdragon 8 Gen 3. MobiLLM decodes 2.6x faster than llama.cpp, ' +
      'and reduces energy by 38%.';
    expect(claimAt(text, '2.6x').hardware_class).toBe('mobile');
    expect(claimAt(text, '38%').hardware_class).toBe('mobile');
    expect(findHardwareMentions('a OnePlus 12 and a Huawei Mate 60 Pro').map((m) => m.entity.class)).toEqual(['mobile', 'mobile']);
  });

  it('reads a board with its processor and memory in parentheses as the board ("a Raspberry Pi 5 (Cortex-A76, 8 GB)")', () => {
    const text = 'We present Wc. On a Raspberry Pi 5 (Cortex-A76, 8 GB) using four threads, the median first-partial latency is 240 ms.';
    expect(run(text).claims.map((c) => [c.value, c.hardware, c.hardware_class])).toEqual([[240, 'Raspberry Pi 5', 'edge']]);
  });

  it('reads "experiments are conducted on" a device as the platform', () => {
    const text =
      'We study the efficiency of LoRA variants. All experiments are conducted on a single RTX 3090. Our method reduces ' +
      'trainable parameters by 92% and peak memory by 31%, and speeds up training by 1.6x.';
    expect(claimAt(text, '31%').hardware_class).toBe('gpu');
    expect(claimAt(text, '1.6x').hardware_class).toBe('gpu');
    expect(claimAt(text, '92%').hardware_class).toBeNull();
  });
});

describe('software compared with a designed device, and where it ran', () => {
  it('reads the processor compared software ran on as the compared side', () => {
    const fpga =
      'We implement our sparse accelerator on a Xilinx Alveo U280. It achieves 18x speedup vs. cuSPARSE on an NVIDIA V100. ' +
      'Energy is reduced by 5x.';
    expect(claimAt(fpga, '18x').hardware_class).toBe('fpga');
    expect(claimAt(fpga, '5x').hardware_class).toBe('fpga');
    const asic =
      'Current GPUs waste energy on sparse workloads. We design SpArch-2, a sparse matrix accelerator in 7nm. SpArch-2 ' +
      'achieves 18x speedup vs. cuSPARSE on an NVIDIA V100.';
    expect(claimAt(asic, '18x').hardware_class).toBe('asic');
  });

  it('keeps the device a GPU work is compared on', () => {
    const text = 'We evaluate FlashX on A100 GPUs. FlashX is 2.1x faster than FlashAttention on an A100. It saves 30% memory.';
    expect(claimAt(text, '2.1x').hardware_class).toBe('gpu');
    expect(claimAt(text, '30%').hardware_class).toBe('gpu');
  });

  it('gives a device in a later ", and on ..." clause to that clause', () => {
    const text =
      'We present an edge inference engine. On the Jetson Orin, it achieves 3.1x speedup over TensorRT, and on a Raspberry ' +
      'Pi 5 it is 2.2x faster than ONNX Runtime.';
    expect(claimAt(text, '3.1x').hardware).toBe('Jetson Orin');
    expect(claimAt(text, '2.2x').hardware).toBe('Raspberry Pi 5');
  });
});

describe('a class word naming a measure', () => {
  it("reads 'CPU overhead' as a measure, not the claim's device", () => {
    const text =
      'We design custom CUDA kernels for sparse attention and evaluate on an NVIDIA RTX 3090. Our kernels are 2.5x faster ' +
      'than cuBLAS and reduce CPU overhead by 40%.';
    expect(claimAt(text, '2.5x').hardware_class).toBe('gpu');
  });
});

describe('experiments and deployments on a platform', () => {
  it('reads "experiments on" and "a deployment on" a device as the platform', () => {
    const text =
      'We propose TreeSpec, a tree-based drafter. Experiments on an NVIDIA A100 show that TreeSpec is 3.1x faster than ' +
      'autoregressive decoding. TreeSpec also reduces memory by 40%.';
    expect(claimAt(text, '40%').hardware_class).toBe('gpu');
    const cluster =
      'In a 6-week deployment on a 256-GPU production cluster, our scheduler cuts carbon emissions by 31%. Energy ' +
      'consumption itself drops by 8%.';
    expect(claimAt(cluster, '8%').hardware_class).toBe('cluster');
  });
});

describe('processing-in-memory written by product', () => {
  it('reads HBM-PIM, UPMEM and PIM-based designs as PIM', () => {
    const text =
      'We propose a PIM-based attention engine built on HBM-PIM. Compared to GPU, the engine achieves 3.4x speedup on ' +
      'attention. Energy is reduced by 57%.';
    expect(claimAt(text, '3.4x').hardware_class).toBe('pim');
    expect(claimAt(text, '57%').hardware_class).toBe('pim');
    expect(findHardwareMentions('UPMEM DIMMs').map((m) => m.entity.class)).toEqual(['pim']);
  });
});

describe('the device the work is', () => {
  it('takes the designed device the introduction names as the platform, over a host it also uses', () => {
    const text =
      'We present TileMem, a near-bank PIM architecture with a vector unit per bank, and a mapping that runs ' +
      'attention on the host GPU for long contexts. TileMem improves decode throughput by 3.1x over an A100 GPU ' +
      'and reduces energy per token by 64%.';
    expect(claimAt(text, '3.1x').hardware_class).toBe('pim');
    expect(claimAt(text, '64%').hardware_class).toBe('pim');
  });

  it('leaves a generic accelerator to the device it is built on', () => {
    const text =
      'We present StreamViT, a dataflow accelerator for vision transformers. Implemented on a Xilinx ZCU102 FPGA, ' +
      'StreamViT runs at 410 images/s. This is a 3.8x improvement in energy efficiency over a Jetson Orin Nano GPU.';
    expect(claimAt(text, '3.8x').hardware_class).toBe('fpga');
  });
});

describe('a phone and its NPU', () => {
  it('reads the NPU of a phone, and a phone\'s NPU, as the NPU', () => {
    const of = 'On the Hexagon NPU of a Snapdragon 8 Gen 2, our quantized model runs in 4.1 ms, 3.3x faster than the FP16 GPU delegate.';
    expect(claimAt(of, '4.1 ms').hardware_class).toBe('npu');
    expect(claimAt(of, '3.3x').hardware_class).toBe('npu');
    expect(claimAt("On a Pixel 8's NPU, our detector runs in 7.2 ms.", '7.2 ms').hardware_class).toBe('npu');
  });
});

describe('a phone and the processor it carries', () => {
  const text =
    'We build TinyASR, a streaming recognizer. On a 2019 Android phone with four Cortex-A53 cores, TinyASR runs at a ' +
    'real-time factor of 0.21 and its peak RAM stays below 60 MB. Compared with Whisper-tiny running on the same phone, ' +
    'it is 6.5 times faster.';

  it('reads "a phone with four Cortex-A53 cores" as the phone', () => {
    expect(claimAt(text, '60 MB').hardware_class).toBe('mobile');
  });

  it('takes a sentence that opens "On a 2019 Android phone" as the platform of the work', () => {
    expect(claimAt(text, '6.5 times').hardware_class).toBe('mobile');
  });
});

describe('counted set-ups named in the results', () => {
  it('reads "256 A100 GPUs across 32 nodes" as one cluster, the platform of the claims after it', () => {
    const text =
      'BlockRoute reformulates expert computation as block-sparse products. We evaluate BlockRoute on 256 A100 GPUs across ' +
      '32 nodes. BlockRoute trains MoE models up to 2.4x faster than Tutel.';
    expect(claimAt(text, '2.4x').hardware_class).toBe('cluster');
  });

  it('prefers the set-up the results name to a platform named vaguely elsewhere', () => {
    const text =
      'We present Duet, which elastically reassigns GPUs between the prefill and decode pools. On a cluster of 32 H100 GPUs, ' +
      'Duet serves 4.1x more requests per second than vLLM. Compared with DistServe, elastic resizing improves goodput by 37%.';
    expect(claimAt(text, '37%').hardware_class).toBe('cluster');
  });
});

describe('hosts, negations and set-up words', () => {
  it('reads a PIM device "attached to an A100-class GPU" as one PIM system', () => {
    const text =
      'We present AttnPIM, a heterogeneous GPU-PIM system. Using a validated simulator of Samsung HBM-PIM attached to an ' +
      'A100-class GPU, AttnPIM improves decode throughput by 2.7x over a GPU-only system.';
    expect(claimAt(text, '2.7x').hardware_class).toBe('pim');
  });

  it('names no platform in "requiring no accelerator", and counts no device in "a 2-socket server"', () => {
    const text =
      'We present AMX-Infer, a CPU inference engine. On a dual-socket Intel Xeon Platinum 8480+ (Sapphire Rapids) server, ' +
      'AMX-Infer reaches a next-token latency of 47 ms. AMX-Infer delivers 65% of the per-token cost efficiency of an NVIDIA A100 ' +
      'while requiring no accelerator. Compared with llama.cpp, throughput improves by 5.3x.';
    expect(claimAt(text, '5.3x').hardware_class).toBe('cpu');
    expect(claimAt(text, '65%').hardware_class).toBe('cpu');
    const sockets = 'We present SparseCPU. On a 2-socket AMD EPYC 9654 server, SparseCPU trains at 1,850 images/s. It speeds up fine-tuning by 2.1x.';
    expect(claimAt(sockets, '2.1x').hardware_class).toBe('cpu');
  });

  it('takes "using" as a platform cue only for its own object', () => {
    const text =
      'HybriMoE splits expert execution between the CPU and the GPU using a cost model that accounts for PCIe bandwidth and CPU ' +
      'throughput. On a workstation with an RTX A6000 and a 32-core Intel Xeon W-3375, HybriMoE decodes at 27.4 tokens/s. ' +
      'Prefill is accelerated by 1.3-3.6x.';
    expect(claimAt(text, '1.3-3.6x').hardware_class).toBe('gpu');
  });
});

describe('clusters, titles and servers', () => {
  it('reads a CPU cluster and the sockets in parentheses after it as one cluster', () => {
    const text =
      'We present PartiGNN. On a 16-node CPU cluster (two 32-core AMD EPYC sockets per node), PartiGNN reaches an epoch time ' +
      'of 41 s. This is 5.4x faster than DistDGL.';
    expect(claimAt(text, '5.4x').hardware_class).toBe('cluster');
  });

  it('takes a designed device a title names, wherever it stands, unless the title sets processors beside it', () => {
    const title = 'EmbedPIM: Processing-in-DIMM Embedding Reduction for Datacenter Recommendation Inference';
    const text = 'EmbedPIM places reduction units in each DIMM. It speeds up end-to-end inference by 2.3x over a CPU-only baseline.';
    expect(claimAt(text, '2.3x', title).hardware_class).toBe('pim');
    const study = 'Beyond CUDA: A Cross-Vendor Characterization of LLM Inference on H100, MI300X and Gaudi2';
    const measured = 'We benchmark serving frameworks. FP8 inference improves throughput by 1.5-1.8x on all three platforms.';
    expect(claimAt(measured, '1.5-1.8x', study).hardware_class).not.toBe('asic');
  });

  it('reads a counted class word beside the same count of a named device as that set-up, and "a 32-core server" as a CPU', () => {
    const text =
      'We evaluate TideFlow on clusters of up to 1,024 H800 GPUs. TideFlow improves training throughput by 1.47x. ' +
      'Scaling to 1,024 GPUs, TideFlow retains 91% weak-scaling efficiency.';
    expect(claimAt(text, '1.47x').hardware_class).toBe('cluster');
    expect(claimAt('We present CompactANN. It sustains 9,400 queries per second on a single 32-core server.', '9,400').hardware_class).toBe('cpu');
  });

  it("takes a title's plural platform as declared for the kind", () => {
    const title = 'EdgeDet-Q: Quantization-Aware Detector Design for Real-Time Inference on Jetson Devices';
    const text =
      'We present EdgeDet-Q. On a Jetson Orin Nano it runs at 118 FPS. On the older Jetson Xavier NX, latency is 14.6 ms. ' +
      'Our custom plugin alone speeds up the detection head by 1.27x over TensorRT.';
    expect(claimAt(text, '1.27x', title).hardware_class).toBe('edge');
  });
});

describe('chips in a process and TPU pods', () => {
  it('takes a design implemented in a 28nm process as a chip, and a TPU v4 pod slice as a cluster', () => {
    const chip = 'We propose SpARC. We implement SpARC in a TSMC 28nm process; the design consumes 612 mW at 1 GHz.';
    expect(claimAt(chip, '612 mW').hardware_class).toBe('asic');
    const pod = 'We present ShardSearch. On a TPU v4 pod slice with 512 chips, ShardSearch improves training throughput by 1.12x over Alpa.';
    expect(claimAt(pod, '1.12x').hardware_class).toBe('cluster');
  });
});

describe('a machine with a GPU and a CPU', () => {
  it('takes the GPU, in either order, and leaves the CPU as its host', () => {
    const gpuFirst =
      'We present OffloadLoRA. On a desktop with one GeForce RTX 4090 (24 GB) and a 16-core AMD Ryzen 9 7950X, OffloadLoRA fine-tunes at 410 tokens/s.';
    expect(claimAt(gpuFirst, '410').hardware_class).toBe('gpu');
    const cpuFirst = 'We present HybridMoE. On a workstation with a 32-core Intel Xeon W-3375 and an RTX A6000, it decodes at 27.4 tokens/s.';
    expect(claimAt(cpuFirst, '27.4').hardware_class).toBe('gpu');
  });
});

describe('devices on the compared side', () => {
  it('leaves out the devices "compare it with" lists, and the device a compared processor is part of', () => {
    const listed =
      'We implement EmbedFlow on an Intel Agilex 7 FPGA and compare it with a dual-socket Intel Xeon Platinum 8380 server ' +
      'and an earlier Stratix 10 MX design. EmbedFlow processes 5.1 million queries per second.';
    expect(claimAt(listed, '5.1 million').hardware_class).toBe('fpga');
    const partOf =
      'We present a sparse CNN accelerator. Implemented on a Xilinx ZCU102 board (Zynq UltraScale+ XCZU9EG), the ' +
      'accelerator delivers 1,273 GOPS. Against the GPU of a Jetson Xavier NX, our ' +
      'design is 3.9x more energy efficient.';
    expect(claimAt(partOf, '3.9x').hardware_class).toBe('fpga');
  });

  it('leaves out the reference of a ratio ("87% of the throughput of an NVIDIA A100")', () => {
    const text =
      'On a 64-core Graviton3 CPU, SparseTrain reaches 1,850 images/s, 87% of the throughput of an NVIDIA A100 running dense training.';
    expect(claimAt(text, '1,850').hardware_class).toBe('cpu');
    expect(claimAt(text, '87%').hardware_class).toBe('cpu');
  });

  it('keeps the device of "85% of peak memory bandwidth on an RTX 4090" (utilization on it)', () => {
    expect(claimAt('Our fused kernel reaches 85% of peak memory bandwidth on an RTX 4090.', '85%').hardware_class).toBe('gpu');
  });
});

describe('the same work run on another device', () => {
  it('leaves out the device of "the same model on" and "an equivalent network on", which are compared', () => {
    const text =
      'We introduce SpikeNet, a spiking transformer. Deployed on a SpiNNaker 2 board, the network classifies a sample ' +
      'in 900 μs with 62 µJ per inference, 11.5 times lower than the same model on a Jetson Orin Nano and two orders ' +
      'of magnitude below an equivalent ANN on a desktop GPU.';
    for (const needle of ['900 μs', '62 µJ', '11.5 times', 'two orders']) expect(claimAt(text, needle).hardware_class).toBe('neuromorphic');
  });
});

describe('where results were measured', () => {
  it('takes the device an accelerator is for, past a device named beside accuracy claims only', () => {
    const text =
      'We present TinyNet, a ternary CNN with a streaming accelerator for the Lattice iCE40 FPGA. TinyNet reaches 84.6% ' +
      'accuracy on a drone-racing detection dataset. The design runs at 18 FPS while drawing 8.7 mW.';
    expect(claimAt(text, '18 FPS').hardware_class).toBe('fpga');
    expect(claimAt(text, '8.7 mW').hardware_class).toBe('fpga');
  });
});

describe('the compared work on another device', () => {
  it('leaves out the device of "than building X on" and "that of X on"', () => {
    const text =
      'We design a GPU-native proximity graph. It builds a graph over 100M vectors in 41 minutes on one A100, 27x faster ' +
      'than building HNSW on a 64-core CPU. Our system answers 1.9 million queries per second, 8.4x the throughput of ' +
      'FAISS IVF-PQ on the same GPU and up to 33x that of HNSW on the CPU.';
    expect(claimAt(text, '27x').hardware_class).toBe('gpu');
    expect(claimAt(text, '33x').hardware_class).toBe('gpu');
  });

  it('still compares other models on the work\'s own device', () => {
    const text = 'We present MobileDet, a detector for phones. It achieves 6x-8x higher FPS than existing models on mobile-NPU.';
    expect(claimAt(text, '6x-8x').hardware_class).toBe('npu');
  });
});

describe('a cluster and its GPUs', () => {
  it('reads a count with thousands separators, and takes the cluster over "the GPUs" it holds', () => {
    const text =
      'We present SnapCkpt, an in-memory checkpointing system. On a 1,536-GPU cluster training a 175B model, SnapCkpt cuts ' +
      'the stall per checkpoint from 312 s to 0.9 s. Recovery is more than an order of magnitude faster. Its kernels run ' +
      'on the GPUs, and the fraction of time lost to failures drops from 12.3% to 0.7%.';
    expect(claimAt(text, '0.9 s').hardware_class).toBe('cluster');
    expect(claimAt(text, 'an order of magnitude').hardware_class).toBe('cluster');
    expect(claimAt(text, '0.7%')).toMatchObject({ metric: 'other', unit: '%', direction: null });
  });
});

describe('devices named inside names, pairs and references', () => {
  it('reads the GPU of an Apple chip, named as such, as a GPU', () => {
    const text = 'We benchmark local inference. Mixtral-8x7B at 4-bit runs at 24 tokens/s on a 64 GB M2 Pro GPU, and at 30 tokens/s on an M2 Max.';
    expect(claimAt(text, '24 tokens/s')).toMatchObject({ hardware_class: 'gpu' });
    expect(claimAt(text, '30 tokens/s')).toMatchObject({ hardware_class: 'cpu' });
  });

  it("takes no class word from a system's hyphenated name", () => {
    const title = 'Slim-NPU: A 28nm LLM Accelerator with Outlier-Aware Dataflow';
    const text = 'We present Slim-NPU, an LLM accelerator fabricated in a 28nm CMOS process. It runs LLaMA-2-7B decoding at 11.2 tokens/s while consuming 592 mW.';
    expect(claimAt(text, '592 mW', title)).toMatchObject({ hardware_class: 'asic' });
    expect(findHardwareMentions('SlimNPU and Slim-NPU on a mobile NPU').map((m) => m.text)).toEqual(['mobile NPU']);
  });

  it('reads a single node as no device, and a designed device paired with its host as the platform', () => {
    expect(claimAt('We present MigrateQ. It delivers up to 1.56x speedup, enabling a 530B model to be served within a single node.', '1.56x').hardware_class).toBeNull();
    const text = 'Our simulation of GPUs paired with HBM3-PIM stacks, modeled after an NVIDIA DGX with eight H100 GPUs, shows that PIMAttn improves decode throughput by 2.81x.';
    expect(claimAt(text, '2.81x', 'PIMAttn: Offloading Attention to HBM Processing-in-Memory')).toMatchObject({ hardware: 'HBM3-PIM stacks', hardware_class: 'pim' });
  });
});


describe('the device of a compared value', () => {
  it('leaves out the device a compared value is for: "26 W of board power versus roughly 250 W for the GPU"', () => {
    const text = 'We present VersaMoE, an accelerator on an AMD Versal VCK190. It draws 24 W of board power versus roughly 240 W for the GPU.';
    expect(claimAt(text, '24 W')).toMatchObject({ metric: 'power', hardware_class: 'fpga' });
  });
});

describe('TPU generations named alone', () => {
  it('reads "v5e" as a TPU and keeps a cost "on v5e" (not the price of a device)', () => {
    const text = 'We present PodCost, a study of TPU v5e against GPUs for fine-tuning. Per billion training tokens, v5e is 2.1x cheaper than H100. A LoRA run costs $1,790 on v5e.';
    expect(claimAt(text, '2.1x')).toMatchObject({ metric: 'cost', hardware: 'v5e', hardware_class: 'tpu', baseline: 'H100' });
    expect(claimAt(text, '$1,790')).toMatchObject({ metric: 'cost', hardware_class: 'tpu' });
  });
});

describe('a work that is a chip or accelerator of its own', () => {
  it('takes the accelerator the abstract introduces the work as, when no device is named for its results', () => {
    const text = 'We present GridCore, a graph-learning accelerator that streams edges through a banked scratchpad. It reaches 3.1 TOPS/W and runs 2.4x faster than the best prior graph accelerator.';
    expect(claimAt(text, '3.1 TOPS/W')).toMatchObject({ hardware: 'accelerator', hardware_class: 'asic' });
    expect(claimAt(text, '2.4x')).toMatchObject({ hardware_class: 'asic' });
  });

  it('reads "X is an accelerator" and a title whose description is an accelerator the same way', () => {
    const opens = 'Edge inference wastes energy on data movement. PaveNet is an ASIC accelerator that fuses layers on chip. It consumes 41 mW.';
    expect(claimAt(opens, '41 mW')).toMatchObject({ hardware_class: 'asic' });
    const titled = 'It draws 0.9 W while decoding and cuts DRAM traffic by 37%.';
    expect(claimAt(titled, '0.9 W', 'BandRunner: A Bandwidth-Optimal Accelerator for Edge LLM Decoding')).toMatchObject({ hardware_class: 'asic' });
  });

  it('keeps a chip reported in silicon terms as its platform past a compared processor a strong cue names', () => {
    const text = 'OdoChip is a visual odometry accelerator implemented in 40nm CMOS. The chip tracks features at 90 FPS while consuming 31 mW. ' +
      'Its trajectory error is within 5% of OpenVINS running on a desktop CPU.';
    expect(claimAt(text, '31 mW')).toMatchObject({ hardware_class: 'asic' });
    expect(claimAt(text, '90 FPS')).toMatchObject({ hardware_class: 'asic' });
  });

  it('names no accelerator of its own when the abstract speaks of another\'s device, or builds its design on an FPGA', () => {
    const measured = 'We measure energy across serving engines on NVIDIA GPUs. The MI300X is the most efficient accelerator we measured, drawing 23% less energy per token than the H100.';
    expect(claimAt(measured, '23%').hardware_class).not.toBe('asic');
    const fpga = 'We present LoomNet, a CNN accelerator with a line-buffered dataflow. Implemented on a Xilinx ZCU104 FPGA, it reaches 241 FPS.';
    expect(claimAt(fpga, '241 FPS')).toMatchObject({ hardware_class: 'fpga' });
  });

  it('reads a co-processor as a designed accelerator', () => {
    const text = 'VecLite is a RISC-V vector co-processor for keyword spotting, taped out in 22nm. It completes an inference in 0.71 ms.';
    expect(claimAt(text, '0.71 ms')).toMatchObject({ hardware_class: 'asic' });
  });
});

describe('devices of a compared run named far from the comparison word', () => {
  it('leaves out "than the same architecture executed as a conventional network on a Jetson Orin Nano"', () => {
    const text = 'We present STA-SNN. On Loihi 2, a gesture classification consumes 0.9 mJ, which is 27x lower energy than the same architecture executed as a conventional neural network on a Jetson Orin Nano, at a latency of 4.2 ms.';
    expect(claimAt(text, '0.9 mJ')).toMatchObject({ hardware: 'Loihi 2', hardware_class: 'neuromorphic' });
    expect(claimAt(text, '4.2 ms')).toMatchObject({ hardware_class: 'neuromorphic' });
  });

  it('leaves out the device of a reference run ("within 0.7% of full fine-tuning on a GPU"), keeping the work\'s one platform', () => {
    const text = 'We present TinyTrainer. On a GAP9 RISC-V MCU with 1.5 MB of L2 memory, fine-tuning requires 184 KB of peak memory. ' +
      'A training epoch takes 19 s, and accuracy is within 0.7% of full fine-tuning on a GPU. Energy per training step is 1.3 mJ.';
    expect(claimAt(text, '19 s')).toMatchObject({ hardware_class: 'mcu' });
    expect(claimAt(text, '1.3 mJ')).toMatchObject({ hardware_class: 'mcu' });
  });
});
