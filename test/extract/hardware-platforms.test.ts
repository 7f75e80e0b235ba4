/**
 * Decision 8: the device named in a claim's sentence; else the one platform the whole work is
 * built for or evaluated on. An abstract naming several platforms has no fallback; compared
 * devices, "per GPU" and device-hours name no platform; a processor of a phone or board is that
 * device's; counted devices and nodes decide between one device and a cluster.
 */
import { describe, expect, it } from 'vitest';
import { findHardwareMentions } from '../../src/lexicon/hardware.js';
import { claimAt } from './helpers.js';

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
