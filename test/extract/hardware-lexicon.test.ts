import { describe, expect, it } from 'vitest';
import { CLUSTER_MIN_DEVICES, HARDWARE_ENTRIES, findHardwareMentions, hardwareMatchesQuery, normalizeHardware } from '../../src/lexicon/hardware.js';
import { claimAt } from './helpers.js';

describe('hardware lexicon', () => {
  it('normalizes devices as papers write them', () => {
    const cases: ReadonlyArray<readonly [string, string, string, string | null]> = [
      ['NVIDIA A100 GPU', 'A100', 'gpu', 'NVIDIA'],
      ['A100-40GB GPU', 'A100', 'gpu', 'NVIDIA'],
      ['H100 GPUs', 'H100', 'gpu', 'NVIDIA'],
      ['NVIDIA A800 GPUs', 'A800', 'gpu', 'NVIDIA'],
      ['RTX 4090 GPU', 'RTX 4090', 'gpu', 'NVIDIA'],
      ['NVIDIA Jetson AGX Orin', 'Jetson AGX Orin', 'edge', 'NVIDIA'],
      ['Xilinx Alveo U280 FPGA', 'Alveo U280', 'fpga', 'AMD Xilinx'],
      ['Xilinx ZCU104 FPGA', 'ZCU104', 'fpga', 'AMD Xilinx'],
      ['Xilinx VCU1525 FPGA card', 'VCU1525', 'fpga', 'AMD Xilinx'],
      ['Versal VHK158 FPGA', 'Versal VHK158', 'fpga', 'AMD Xilinx'],
      ['Pixel 1 phone', 'Pixel 1', 'mobile', 'Google'],
      ['iPhone 12', 'iPhone 12', 'mobile', 'Apple'],
      ['Samsung S8 phone', 'Samsung S8', 'mobile', 'Samsung'],
      ['Raspberry Pi 5', 'Raspberry Pi 5', 'edge', 'Raspberry Pi'],
      ['nano-drone hardware', 'drone', 'edge', null],
      ['ARM Cortex-M4 microcontroller', 'Cortex-M4', 'mcu', 'Arm'],
      ['RISC-V-based 8+1-core MCU', 'RISC-V', 'mcu', null],
      ['TPU', 'TPU', 'tpu', 'Google'],
      ['mobile-NPU', 'NPU', 'npu', null],
      ['systolic array', 'accelerator', 'asic', null],
      ['SpiNNaker 2 chip', 'SpiNNaker 2', 'neuromorphic', null],
      ['Intel Loihi', 'Loihi', 'neuromorphic', 'Intel'],
      ['processing-in-memory (PIM) architecture', 'PIM', 'pim', null],
      ['M2-Ultra', 'M2 Ultra', 'cpu', 'Apple'],
      ['Intel Xeon CPU', 'Xeon', 'cpu', 'Intel'],
      ['AWS Graviton3 instances', 'Graviton3', 'cpu', 'AWS'],
      ['Intel Sapphire Rapids', 'Sapphire Rapids', 'cpu', 'Intel'],
      ['AMD Genoa', 'Genoa', 'cpu', 'AMD'],
      ['8×MI300X', '8x MI300X', 'cluster', 'AMD'],
      ['256 TPU v4 chips', '256x TPU v4', 'cluster', 'Google'],
      ['256-chip TPU v4 slice', '256x TPU v4', 'cluster', 'Google'],
      ['GPU-PIM system', 'PIM', 'pim', null],
      ['Hopper GPUs', 'Hopper GPU', 'gpu', 'NVIDIA'],
      ['TPU v4 pod slice', 'TPU v4 pod', 'cluster', 'Google'],
      ['TSMC 28nm process', 'accelerator', 'asic', null],
      ['8 GPUs', '8x GPU', 'cluster', null],
      ['8xA100-80GB setup', '8x A100', 'cluster', 'NVIDIA'],
      ['eight RDU sockets', '8x RDU', 'cluster', 'SambaNova'],
      ['GPUs', 'GPU', 'gpu', null],
    ];
    for (const [written, name, cls, vendor] of cases) {
      expect(normalizeHardware(written), written).toEqual({ name, class: cls, vendor });
    }
    expect(normalizeHardware('a transformer model')).toBeNull();
  });

  it('finds mentions with spans and counts', () => {
    const text = 'We train on 128 GPUs and deploy on 2 Jetson Nano boards.';
    const mentions = findHardwareMentions(text);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.entity.class, m.count])).toEqual([
      ['128 GPUs', 'cluster', 128],
      ['Jetson Nano boards', 'edge', null],
    ]);
    expect(CLUSTER_MIN_DEVICES).toBe(8);
    expect(HARDWARE_ENTRIES.length).toBeGreaterThan(20);
  });

  it('answers --hardware queries by class, vendor, name part and alias', () => {
    const orin = normalizeHardware('NVIDIA Jetson AGX Orin');
    const u280 = normalizeHardware('Xilinx Alveo U280 FPGA');
    const a100 = normalizeHardware('NVIDIA A100 GPU');
    const pixel = normalizeHardware('Pixel 1 phone');
    if (!orin || !u280 || !a100 || !pixel) throw new Error('lexicon');
    expect(['edge', 'jetson', 'orin', 'nvidia', 'Jetson-AGX-Orin'].map((q) => hardwareMatchesQuery(orin, q))).toEqual([true, true, true, true, true]);
    expect(['gpu', 'a100', 'fpga'].map((q) => hardwareMatchesQuery(orin, q))).toEqual([false, false, false]);
    expect(['fpga', 'xilinx', 'amd', 'u280', 'alveo'].map((q) => hardwareMatchesQuery(u280, q))).toEqual([true, true, true, true, true]);
    expect(['a100', 'A100', 'nvidia', 'gpu'].map((q) => hardwareMatchesQuery(a100, q))).toEqual([true, true, true, true]);
    expect(['mobile', 'phone', 'pixel', 'google'].map((q) => hardwareMatchesQuery(pixel, q))).toEqual([true, true, true, true]);
    expect(hardwareMatchesQuery(a100, '')).toBe(false);
  });
});

describe('Coral boards, RRAM macros and PIM hardware', () => {
  it('names Coral boards as edge devices and RRAM macros and PIM hardware as PIM', () => {
    const classes = (text: string): string[] => findHardwareMentions(text).map((m) => m.entity.class);
    expect(classes('on the Coral Dev Board')).toEqual(['edge']);
    expect(classes('onto RRAM Compute-in-Memory Macros')).toEqual(['pim']);
    expect(classes('256x256 RRAM macros')).toEqual(['pim']);
    expect(classes('on Real Processing-in-Memory Hardware')).toEqual(['pim']);
    // A bare vendor name is no phone: "Samsung HBM-PIM" is memory.
    expect(classes('a simulator of Samsung HBM-PIM')).toEqual(['pim']);
    expect(classes('a Samsung Galaxy S23')).toEqual(['mobile']);
  });

  it('takes a work the title puts on a PIM system there, past the host and compared devices its abstract names', () => {
    const title = 'PIM-GNN: Accelerating Graph Neural Network Training on a Real Processing-in-Memory System';
    const abstract =
      'We present PIM-GNN, the first framework that trains GNNs on the UPMEM system. PIM-GNN accelerates training by ' +
      '3.2x compared with PyG on a 32-core Intel Xeon Silver 4215 host, and by 1.4x compared with DGL on an NVIDIA RTX A4000.';
    expect(claimAt(abstract, '3.2x', title).hardware_class).toBe('pim');
  });

  it('takes the device a server is equipped with, and a title\'s "onto", as the platform', () => {
    const server = 'We present PIM-Embed, a runtime for embedding tables. On a server with 20 UPMEM DIMMs, it accelerates lookups by 3.9x. End-to-end latency drops by 41%.';
    expect(claimAt(server, '41%').hardware_class).toBe('pim');
    const title = 'DriftMap: Drift-Aware Mapping of Transformers onto RRAM Compute-in-Memory Macros';
    expect(claimAt('We present DriftMap. It reaches 9.6 TOPS/W at the system level.', '9.6 TOPS/W', title).hardware_class).toBe('pim');
  });
});

