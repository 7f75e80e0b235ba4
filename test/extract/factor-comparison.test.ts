import { describe, expect, it } from 'vitest';
import { claimAt, claimsAt } from './helpers.js';

describe('FactorComparisonParser: a comparative after the number', () => {
  it('reads "N x faster than B" as a speedup with its baseline', () => {
    const text = 'Our method is 1.48x faster than the FP16 implementation.';
    const c = claimAt(text, '1.48x');
    expect(c.evidence).toBe('1.48x faster');
    expect(c).toMatchObject({ metric: 'speedup', value: 1.48, unit: 'x', direction: 'up', baseline: 'FP16 implementation', factor: 1.48, parser: 'FactorComparisonParser' });
  });

  it('reads a comparative with its measure: "6x fewer parameters", "73% lower energy consumption"', () => {
    const a = 'The searched model uses 6times fewer parameters than AmoebaNet-B.';
    expect(claimAt(a, '6times')).toMatchObject({ evidence: '6times fewer parameters', metric: 'size', direction: 'down', baseline: 'AmoebaNet-B' });
    const b = 'CARMA outperforms state-of-the-art methods with 73% lower energy consumption.';
    expect(claimAt(b, '73%')).toMatchObject({ evidence: '73% lower energy consumption', metric: 'energy', unit: '%', direction: 'down' });
  });

  it('reads throughput gains as speedups and efficiency gains as up (Decision 1)', () => {
    const text = 'We achieve $1.4\\times$ higher throughput and 6.0$\\times$ higher energy efficiency.';
    expect(claimAt(text, '1.4')).toMatchObject({ metric: 'speedup', value: 1.4, direction: 'up' });
    expect(claimAt(text, '6.0')).toMatchObject({ metric: 'energy', value: 6, direction: 'up', factor: 6 });
  });

  it('takes the subject as the measure when the comparative names none ("search cost is 420x smaller")', () => {
    const text = "We estimate that the search cost is 420x smaller than MnasNet's.";
    expect(claimAt(text, '420x')).toMatchObject({ metric: 'compute', direction: 'down', baseline: 'MnasNet' });
  });

  it('inverts "X is N x slower than ours" (Decision 1)', () => {
    const text = 'We compare against the ARM Cortex-M4 microcontroller, which is 12.87x slower than our PULP-OPEN design.';
    expect(claimAt(text, '12.87x')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'Cortex-M4', factor: 12.87 });
  });

  it('reads "twice as fast as" and points better', () => {
    const a = 'The distilled model is more than twice as fast as the teacher.';
    expect(claimAt(a, 'twice')).toMatchObject({ metric: 'speedup', value: 2, unit: 'x', qualifier: 'more than' });
    const b = 'Hyena reaches 2.3 points better perplexity on the PILE.';
    expect(claimAt(b, '2.3 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'down' });
  });

  it('gives one claim per measure written after one number (Decision 5)', () => {
    const text = 'SimpleNet has 2 to 25 times fewer parameters and operations than VGGNet.';
    const claims = claimsAt(text, '2 to 25 times');
    expect(claims.map((c) => c.metric).sort()).toEqual(['compute', 'size']);
    expect(claims.every((c) => c.value === 2 && c.value_max === 25 && c.direction === 'down')).toBe(true);
  });

  it('gives every number of a list the measure its shared comparative compares', () => {
    const text = 'It draws 39.2 W, giving an energy efficiency of 37.3 images/J, which is 3.9x and 1.7x higher than an NVIDIA A10 GPU and the best prior FPGA accelerator, respectively.';
    expect(claimAt(text, '3.9x')).toMatchObject({ metric: 'energy', direction: 'up' });
    expect(claimAt(text, '1.7x')).toMatchObject({ metric: 'energy', direction: 'up' });
  });

  it('reads two numbers joined by a bare comma as a value and a comparison set beside it, not a list', () => {
    const text = 'PatchDrop reduces the cost from 4.6G to 2.7G FLOPs at a top-1 accuracy of 79.3%, 0.5% below the unpruned model.';
    expect(claimAt(text, '79.3%')).toMatchObject({ metric: 'accuracy', direction: null, baseline: null });
    expect(claimAt(text, '0.5%')).toMatchObject({ metric: 'accuracy', direction: 'down', baseline: 'unpruned model' });
    const rmse = 'The rounding reduces the root-mean-square error of FP8 attention outputs to 3.2e^{-4}, $2.6\\times$ lower than a per-tensor-scaled FP8 baseline.';
    expect(claimAt(rmse, '3.2e^{-4}')).toMatchObject({ metric: 'accuracy', unit: 'RMSE', value: 0.00032, direction: null });
    expect(claimAt(rmse, '2.6')).toMatchObject({ metric: 'accuracy', value: 2.6, direction: 'down' });
  });

  it('keeps the stage a comparative names in the claim\'s phrase, and reads the paper\'s own models as its own', () => {
    const text = 'We propose X. Using sparse kernels on an H100, the pruned models achieve 1.52x faster prefill and 1.24x faster decoding than dense FP16 models.';
    expect(claimAt(text, '1.52x')).toMatchObject({ evidence: '1.52x faster prefill', phase: 'prefill', baseline: 'dense FP16 models' });
    expect(claimAt(text, '1.24x')).toMatchObject({ evidence: '1.24x faster decoding', phase: 'decode' });
  });
});


describe('a comparative set beside a price with a dash', () => {
  it('reads "$0.11 per million tokens—46% lower than vLLM" as a cost change', () => {
    const text = 'On Inferentia2, NeuronServe serves at a cost of $0.11 per million tokens—46% lower than vLLM on A10G GPU instances.';
    expect(claimAt(text, '46%')).toMatchObject({ metric: 'cost', direction: 'down', baseline: 'vLLM' });
  });
});

describe('a factor set beside a time', () => {
  it('reads "is 4.6 ms, 2.5× lower than that of the GPU pipeline" as a speedup', () => {
    const text = 'We present FlowSNN. The latency from event to flow output is 4.6 ms, 2.5× lower than that of the GPU pipeline.';
    expect(claimAt(text, '2.5×')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'GPU pipeline' });
  });

  it('reads a factor beside device-hours as compute (Decision 11)', () => {
    const text = 'We present FastDistill. Distillation takes 1,200 A100-hours, 6× less than DMD2.';
    expect(claimAt(text, '6×')).toMatchObject({ metric: 'compute', direction: 'down', baseline: 'DMD2' });
  });

  it('leaves a percent beside a latency to the quality it compares', () => {
    const text = 'We present NASNet-M. It reaches 78.6% ImageNet top-1 at 32 ms latency on the Pixel 7 CPU, 1.1% higher than MobileNetV3-Large.';
    expect(claimsAt(text, '1.1%').filter((c) => c.metric === 'speedup')).toEqual([]);
  });
});

describe('requests held and requests per second', () => {
  it('reads "more concurrent requests" as a capacity (other) and "more requests per second" as a speedup', () => {
    expect(claimAt('We present PagedKV. It sustains at least 1.7× more concurrent requests.', '1.7×').metric).toBe('other');
    expect(claimAt('We present Duet. Duet serves 4.1x more requests per second than vLLM.', '4.1x').metric).toBe('speedup');
  });
});

describe('points beside another value', () => {
  it('reads "with only 84K parameters, 3.2 points higher than X" as quality points', () => {
    const text = 'We present MicroFormer. It achieves 96.3% accuracy with only 84K parameters, 3.2 points higher than the best prior MCU transformer.';
    expect(claimAt(text, '3.2 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'up' });
  });
});

describe('a measure the sentence opens on, and counts of events', () => {
  it('reads "In terms of energy efficiency, X is 9.7x better than Y" as energy', () => {
    const text = 'We present GraphFlex. In terms of energy efficiency, GraphFlex is 9.7x better than the GPU baseline.';
    expect(claimAt(text, '9.7x').metric).toBe('energy');
  });

  it('reads SLO violations as another measure and hardware measurements as compute', () => {
    expect(claimAt('We present CapServe. It reduces P99 TTFT violations by up to 4.2x.', '4.2x').metric).toBe('other');
    expect(claimAt('We present TuneFast. It needs 11.3x fewer hardware measurements.', '11.3x').metric).toBe('compute');
  });

  it('reads "sooner" as a speedup', () => {
    expect(claimAt('The same job on A100 GPUs uses 41% less energy while finishing 2.3 times sooner.', '2.3 times sooner')).toMatchObject({ metric: 'speedup', direction: 'up' });
  });

  it('compares the value a relative clause follows: "costs 52.9 mJ, which is 4.3x lower"', () => {
    const text = 'We present Slim-NPU. Each generated token costs 52.9 mJ, which is 4.3x lower than the state-of-the-art LLM accelerator.';
    expect(claimAt(text, '4.3x')).toMatchObject({ metric: 'energy', direction: 'down' });
  });

  it('compares the value that is the subject: "21.5 mJ per image is ~3.4x lower"', () => {
    const text = 'We present SpikeFormer-E. Its estimated energy consumption of 21.5 mJ per image is ~3.4x lower.';
    expect(claimAt(text, '3.4x')).toMatchObject({ metric: 'energy', direction: 'down', qualifier: 'about' });
  });

  it('reads a larger batch or input resolution as another measure, not size', () => {
    const text = 'We present PIMAttn. It supports a 4x larger batch under the same latency and trains U-Nets with 5.1x larger input resolution.';
    expect(claimAt(text, '4x')).toMatchObject({ metric: 'other', direction: 'up' });
    expect(claimAt(text, '5.1x')).toMatchObject({ metric: 'other', direction: 'up' });
  });

  it('reads higher request rates as a speedup, and the elliptic comparison after it', () => {
    const text = 'We present Tetris-Serve. Under the same SLOs, it sustains 2.4–3.7x higher request rates than vLLM and 1.5x higher than Sarathi-Serve.';
    expect(claimAt(text, '2.4–3.7x')).toMatchObject({ metric: 'speedup', value: 2.4, value_max: 3.7, baseline: 'vLLM' });
    expect(claimAt(text, '1.5x')).toMatchObject({ metric: 'speedup', baseline: 'Sarathi-Serve' });
  });

  it('compares the result a "with" phrase goes with, in the result\'s unit: "80.1% accuracy with only 2.9M parameters, 3.1% higher"', () => {
    const text = 'We present TinyViT-Q. It attains 80.1% top-1 accuracy on ImageNet with only 2.9M parameters, 3.1% higher than MobileNetV3.';
    expect(claimAt(text, '3.1%')).toMatchObject({ metric: 'accuracy', direction: 'up', baseline: 'MobileNetV3' });
    // A factor compares the phrase's own count: "with only 2.9M parameters, 11x fewer than ...".
    const fewer = 'We present TinyViT-Q. It attains 80.1% top-1 accuracy with only 2.9M parameters, 11x fewer than ResNet-152.';
    expect(claimAt(fewer, '11x')).toMatchObject({ metric: 'size', direction: 'down' });
  });

  it('reads a factor of a thing no measure names as another measure: "6 times fewer timesteps", "3.5x longer context"', () => {
    const text = 'We present SpikeLite. It needs 6 times fewer timesteps than rate coding and handles a 3.5x longer context.';
    expect(claimAt(text, '6 times fewer timesteps')).toMatchObject({ metric: 'other', unit: 'x', direction: 'down' });
    expect(claimAt(text, '3.5x longer context')).toMatchObject({ metric: 'other', unit: 'x', direction: 'up' });
  });

  it('reads a comparison after a bound as a result: "meets the same SLOs at 15% lower cost with 1.3x fewer GPUs"', () => {
    const text = 'We present SplitServe. It meets the same SLOs at 15% lower cost with 1.3x fewer GPUs.';
    expect(claimAt(text, '15% lower cost')).toMatchObject({ metric: 'cost', direction: 'down' });
    expect(claimAt(text, '1.3x fewer GPUs')).toMatchObject({ metric: 'other', direction: 'down' });
    // A preposition's object is the compared system, not a thing counted.
    expect(claimAt('We present KVQ. Its key error is an order of magnitude below KIVI-2 in mean squared error.', 'an order of magnitude below').metric).toBe('accuracy');
  });
});

describe('work per joule and per dollar', () => {
  it('reads "more frames per joule" as energy and "more requests per dollar" as cost, both improving up', () => {
    const text = 'We present EdgeVid. It gives 2.4x more frames per joule than a laptop GPU and serves 1.6x more requests per dollar than DistServe.';
    expect(claimAt(text, '2.4x')).toMatchObject({ metric: 'energy', direction: 'up' });
    expect(claimAt(text, '1.6x')).toMatchObject({ metric: 'cost', direction: 'up', baseline: 'DistServe' });
  });
});

describe('"respectively" after one compared system', () => {
  it('pairs each factor with the value before it: a latency and a rate compared are speedups', () => {
    const text = 'We present XeonServe. Our runtime reaches a next-token latency of 41 ms at batch size 1 and sustains 290 tokens/s at batch size 32, which is 3.1x and 2.5x better than the same model running in PyTorch with IPEX, respectively.';
    expect(claimAt(text, '3.1x')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'same model running in PyTorch with IPEX' });
    expect(claimAt(text, '2.5x')).toMatchObject({ metric: 'speedup', direction: 'up' });
  });

  it('leaves a list of compared systems to pair with the factors: both compare the value before them', () => {
    const text = 'We present TokenFPGA. It consumes 39 W, giving an energy efficiency of 36.1 images/J, which is 3.8x and 1.6x higher than an A10 GPU and the best prior FPGA accelerator, respectively.';
    expect(claimAt(text, '3.8x')).toMatchObject({ metric: 'energy', direction: 'up' });
    expect(claimAt(text, '1.6x')).toMatchObject({ metric: 'energy', direction: 'up' });
  });
});

describe('bare numbers, things counted, device-hours', () => {
  it('reads a bare number beside a value or a difference on its scale', () => {
    const text = 'We present DynaTree. It reaches a mean accepted length of 4.5 tokens per verification step, 0.7 more than EAGLE-2. The compressed model is 4.1 points below the full model but 10.2 above SnapKV.';
    expect(claimAt(text, '0.7 more')).toMatchObject({ metric: 'other', unit: 'tokens/step', direction: 'up', baseline: 'EAGLE-2' });
    expect(claimAt(text, '10.2 above')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'up', baseline: 'SnapKV' });
  });

  it('reads "3 times as many frames into the same memory" as the frames, and "fewer GPU-hours" as compute', () => {
    expect(claimAt('We present VidZip. It fits nearly 3 times as many frames into the same memory budget.', '3 times')).toMatchObject({ metric: 'other', direction: 'up', qualifier: 'nearly' });
    expect(claimAt('We present DistilFast. It needs 2.5x fewer GPU-hours than full fine-tuning.', '2.5x')).toMatchObject({ metric: 'compute', direction: 'down' });
  });

  it('reads RAM as memory, and any measure "per dollar" as cost', () => {
    expect(claimAt('We present MCU-LM. It is 4.6× faster and uses 3.1× less peak RAM than TFLite Micro.', '3.1×')).toMatchObject({ metric: 'memory', direction: 'down', evidence: '3.1× less peak RAM' });
    const c = claimAt('We present Tandem. Tandem achieves 1.86x higher goodput per dollar than vLLM and 1.35x higher than DistServe.', '1.86x');
    expect(c).toMatchObject({ metric: 'cost', direction: 'up', baseline: 'vLLM', evidence: '1.86x higher goodput per dollar' });
    expect(claimAt('We present Tandem. Tandem achieves 1.86x higher goodput per dollar than vLLM and 1.35x higher than DistServe.', '1.35x')).toMatchObject({ metric: 'cost', baseline: 'DistServe' });
  });

  it('reads no measure in an adjective made of one ("memory-bound platforms")', () => {
    const text = 'We present QuantE. Weight quantization reduces energy per token by 38%–57% on memory-bound platforms but only by up to 12% on the H100.';
    expect(claimAt(text, '12%')).toMatchObject({ metric: 'energy', direction: 'down', qualifier: 'up to' });
  });

  it('compares the value an appositive follows, not a measure named earlier in its clause', () => {
    const text = 'We present FP8Serve. On an H100, a 70B model consumes 1.9 J per output token at batch size 64, 5.6x less than at batch size 1.';
    expect(claimAt(text, '5.6x')).toMatchObject({ metric: 'energy', direction: 'down' });
    const rate = 'We present ChunkKV. On an MI300X, ChunkKV reaches 7,850 output tokens/s for Llama-3-70B, 1.3× higher than vLLM.';
    expect(claimAt(rate, '1.3×')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'vLLM' });
  });

  it('keeps an area an area when it is smaller ("occupies 0.086 mm², 62% smaller", "the die area is 45% smaller")', () => {
    const text = 'We present SpikeCore. The core occupies 0.086 mm², 62% smaller than a comparable clock-driven design. The die area of the macro is 45% smaller. The model is 4x smaller than BERT.';
    expect(claimAt(text, '62%')).toMatchObject({ metric: 'other', direction: 'down' });
    expect(claimAt(text, '45%')).toMatchObject({ metric: 'other', direction: 'down' });
    expect(claimAt(text, '4x')).toMatchObject({ metric: 'size', direction: 'down', baseline: 'BERT' });
  });

  it('shares the measure of a repeated comparative, not a word of the system compared before ("than uniform power capping and 1.24x more")', () => {
    const text = 'We present WattWise. WattWise serves 1.52× more requests per second than uniform power capping and 1.24× more than the frequency-scaling policy of DynaFreq.';
    expect(claimAt(text, '1.24×')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'frequency-scaling policy of DynaFreq' });
  });

  it('reads more requests served as a speedup, and a comparative repeating it too; requests admitted at once or per dollar are not', () => {
    const text = 'We present Relay. On 32 H100 GPUs, Relay serves 3.4x more requests within SLO than vLLM and 1.5x more than DistServe. It admits 1.8x more concurrent requests and serves 2.1x more requests per dollar.';
    expect(claimAt(text, '3.4x')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'vLLM' });
    expect(claimAt(text, '1.5x')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'DistServe' });
    expect(claimAt(text, '1.8x')).toMatchObject({ metric: 'other' });
    expect(claimAt(text, '2.1x')).toMatchObject({ metric: 'cost' });
  });

  it('compares a time or a power set beside a comparative, through a "during" phrase ("is 1.7 s, 38% lower than MLX", "21 mW during active tracking, 14x lower")', () => {
    const text = 'We present Ef. Time-to-first-token for a 2K-token prompt is 1.7 s, 38% lower than MLX. Average power is 21 mW during active tracking, 14× lower than the application processor.';
    expect(claimAt(text, '38%')).toMatchObject({ metric: 'speedup', direction: 'down', baseline: 'MLX' });
    expect(claimAt(text, '14×')).toMatchObject({ metric: 'power', direction: 'down' });
  });

  it('compares a rate whose value names its measure after an "of" ("1,380 tokens/s of aggregate decode throughput at batch size 64, 41% higher")', () => {
    const text = 'We present Sp. A 70B model reaches 1,380 tokens/s of aggregate decode throughput at batch size 64, 41% higher than JetStream.';
    expect(claimAt(text, '41%')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'JetStream' });
  });

  it('shares the measure of a change noun a comparative repeats ("a 38x energy reduction compared with X and 5.2x lower than Y")', () => {
    const text = 'We present SpikeKWS. It consumes 7.4 μJ per inference, a 38× energy reduction compared with the CNN and 5.2× lower than a prior keyword spotter.';
    expect(claimAt(text, '5.2×')).toMatchObject({ metric: 'energy', direction: 'down', baseline: 'prior keyword spotter' });
  });

  it('compares a value of another measure set beside a comparative ("4.3 tokens per step, 19% higher than EAGLE-2")', () => {
    const text = 'We present Sd. Mean accepted length rises to 4.3 tokens per step, 19% higher than EAGLE-2.';
    expect(claimAt(text, '19%')).toMatchObject({ metric: 'other', direction: 'up', baseline: 'EAGLE-2' });
  });

  it('reads a comparative describing the compared system as the paper\'s own the other way ("of a float DS-CNN-L that is 11x larger")', () => {
    const text = 'We present Kw. It reaches 95.8% accuracy, within 0.4% of a float DS-CNN-L that is 11x larger. Power is 1.8 mW, 2.4× lower than a DeepFilterNet port, which also needs 3.6× more memory. It improves mIoU by 2.4 over SegNeXt-S with 41% fewer MACs. It uses 38% fewer parameters than the U-Net and a decoder that is 9.5× cheaper.';
    expect(claimAt(text, '11x')).toMatchObject({ metric: 'size', direction: 'down' });
    expect(claimAt(text, '3.6×')).toMatchObject({ metric: 'memory', direction: 'down' });
    // (A "with" phrase after the compared system, and a new noun phrase after "and", are the paper's own.)
    expect(claimAt(text, '41%')).toMatchObject({ metric: 'compute', direction: 'down' });
    expect(claimAt(text, '9.5×')).toMatchObject({ direction: 'down' });
  });

  it('compares the result an "at" or "with" phrase goes with, and points stay quality', () => {
    const at = 'We present TempShift. TempShift-Lite attains 63.4% top-1 accuracy at 14.2 GFLOPs per video, 1.6% higher than TSM with 2.7× fewer FLOPs.';
    expect(claimAt(at, '1.6%')).toMatchObject({ metric: 'accuracy', direction: 'up', baseline: 'TSM' });
    const points = 'We present NanoKWS. NanoKWS-S reaches 96.3% accuracy with only 38K parameters, 1.2 points above a DS-CNN of similar size.';
    expect(claimAt(points, '1.2 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'up' });
  });

  it('keeps a memory a memory when it is smaller, and a model a size ("its KV cache is 1.1 GB, 12x smaller")', () => {
    const text = 'We present TinyKV. Its KV cache at 32K context is 1.1 GB, 12× smaller than that of Llama-3.2-3B. The UNet occupies 205 MB, 4.1× smaller than its FP16 counterpart.';
    expect(claimAt(text, '12×')).toMatchObject({ metric: 'memory', direction: 'down' });
    expect(claimAt(text, '4.1×')).toMatchObject({ metric: 'size', direction: 'down' });
  });
});

describe('"respectively" after a list of compared devices written with articles', () => {
  it('pairs each number with its own device and keeps the devices out of the platform', () => {
    const text = 'It achieves 68x, 22x and 3.1x speedups over an Intel Xeon Platinum 8380 CPU, an NVIDIA A100 GPU and the SpAtten accelerator, respectively.';
    expect(claimAt(text, '68x')).toMatchObject({ baseline: 'Intel Xeon Platinum 8380 CPU', hardware: null });
    expect(claimAt(text, '22x')).toMatchObject({ baseline: 'NVIDIA A100 GPU', hardware: null });
    expect(claimAt(text, '3.1x')).toMatchObject({ baseline: 'SpAtten accelerator', hardware: null });
  });
});

describe('a percent slower is the work\'s own loss', () => {
  it('reads "Prefill is 12% slower" and "18% slower than CPU decode" as speed down, and a multiple slower as the compared system\'s (Decision 1)', () => {
    const text = 'We present NPULM. Prefill is 12% slower. NPU decode is 18% slower than CPU decode. The Cortex-M4 is 12.87x slower than NPULM.';
    expect(claimAt(text, '12%')).toMatchObject({ metric: 'speedup', direction: 'down' });
    expect(claimAt(text, '18%')).toMatchObject({ metric: 'speedup', direction: 'down', baseline: 'CPU decode' });
    expect(claimAt(text, '12.87x')).toMatchObject({ metric: 'speedup', direction: 'up' });
  });
});
