/**
 * Hardware as data: how papers write devices ("Xilinx Alveo U280 FPGA", "a Pixel 1 phone",
 * "8xA100-80GB setup", "nano-drone hardware") and the normalized entity each stands for
 * (name, class, vendor), so that `--hardware a100 | jetson | nvidia | fpga` can all find it.
 *
 * Pure: no I/O. The table is ordered most specific first: at one position, the first entry
 * that matches wins, so "Jetson AGX Orin" is an edge device before "NVIDIA" makes it a GPU.
 */
import type { HardwareClass, HardwareEntity } from '../extract/types.js';
import { KeywordLexicon, keywordPattern, mayOpen, openingsOf, scanKeywords, type KeywordPositions } from '../extract/text/keyword-scan.js';

export interface HardwareEntry {
  /** Regex source of the written forms (no capturing groups; matched case-insensitively). */
  readonly pattern: string;
  /** Canonical name: fixed, or derived from the text as written. */
  readonly name: string | ((written: string) => string);
  readonly class: HardwareClass;
  readonly vendor: string | null;
  /** Other words a query may use for this entry ("orin", "xavier"). */
  readonly aliases?: readonly string[];
}

/** A count of at least this many devices is a cluster (CLAIMS.md Decision 8). */
export const CLUSTER_MIN_DEVICES = 8;

const NVIDIA_DATACENTER = 'A100|A800|A6000|A5000|A4000|A40|A30|A10G|A10|H100|H800|H200|H20|GH200|GB200|B200|B100|V100S|V100|P100|P40|T4|L40S|L40|L4|K80';
const DEVICE_SUFFIX = '(?:[- ](?:SXM\\d?|PCIe|NVL|\\d{2,3} ?GB))*(?: Tensor Core)?(?: GPUs?)?';
const BOARD_SUFFIX = '(?: (?:FPGA|SoC|MPSoC))?(?: (?:cards?|boards?|devices?|platforms?|accelerator cards?))?';

/** Upper-cases device codes and tidies spacing: "nvidia a100 gpu" -> "A100". */
function codeOf(written: string, code: RegExp): string {
  const match = code.exec(written);
  return match ? match[0].replace(/\s+/g, ' ').trim() : written.trim();
}

export const HARDWARE_ENTRIES: readonly HardwareEntry[] = [
  // --- NVIDIA ---
  {
    pattern: `(?:NVIDIA )?DGX(?:[- ](?:A100|H100|H200|B200|GB200|Station|Spark|1|2))?`,
    name: (w) => codeOf(w, /DGX(?:[- ]\w+)?/i).replace(/-/g, ' '),
    class: 'cluster',
    vendor: 'NVIDIA',
    aliases: ['dgx'],
  },
  {
    pattern: `(?:NVIDIA )?Jetson(?: (?:AGX Orin|AGX Xavier|Xavier NX|Orin Nano|Orin NX|Orin|Xavier|Nano|TX2|TX1))?(?: P\\d{4})?(?: (?:Developer Kit|dev kit|boards?|devices?|modules?))?`,
    name: (w) => codeOf(w, /Jetson(?: (?:AGX Orin|AGX Xavier|Xavier NX|Orin Nano|Orin NX|Orin|Xavier|Nano|TX2|TX1))?/i),
    class: 'edge',
    vendor: 'NVIDIA',
    aliases: ['jetson', 'orin', 'xavier'],
  },
  {
    pattern: `(?:NVIDIA |Nvidia )?(?:Tesla )?(?:${NVIDIA_DATACENTER})(?![A-Za-z0-9])${DEVICE_SUFFIX}`,
    name: (w) => codeOf(w, new RegExp(`(?:${NVIDIA_DATACENTER})`, 'i')).toUpperCase(),
    class: 'gpu',
    vendor: 'NVIDIA',
  },
  {
    pattern: `(?:NVIDIA )?(?:GeForce )?(?:RTX|GTX) ?(?:A?\\d{3,4}(?: ?Ti| Super)?|TITAN\\w*)(?: GPUs?)?|(?:NVIDIA )?TITAN (?:X|V|RTX|Xp)(?: GPUs?)?|(?:20|30|40|50)[5-9]0 ?Ti`,
    name: (w) => {
      const code = codeOf(w, /(?:RTX|GTX) ?(?:A?\d{3,4}(?: ?Ti| Super)?|TITAN\w*)|TITAN \w+|\d{4} ?Ti/i);
      return /^\d/.test(code) ? `RTX ${code}` : code.replace(/^(RTX|GTX)(?=\d)/i, '$1 ');
    },
    class: 'gpu',
    vendor: 'NVIDIA',
    aliases: ['rtx', 'geforce'],
  },
  {
    // GPUs named by their architecture: "Hopper GPUs", "Ampere-class GPUs".
    pattern: `(?:NVIDIA )?(?:Hopper|Ampere|Blackwell|Volta|Turing|Ada(?: Lovelace)?)(?:-class| architecture)? GPUs?`,
    name: (w) => `${codeOf(w, /Hopper|Ampere|Blackwell|Volta|Turing|Ada(?: Lovelace)?/i)} GPU`,
    class: 'gpu',
    vendor: 'NVIDIA',
    aliases: ['hopper', 'ampere', 'blackwell'],
  },
  // --- AMD / Intel / Apple / Arm GPUs and CPUs ---
  {
    pattern: `(?:AMD )?(?:Instinct )?MI\\d{2,3}X?(?: GPUs?)?|(?:AMD )?Radeon(?: (?:RX|Pro|VII))?(?: \\w*\\d\\w*)?(?: GPUs?)?`,
    name: (w) => codeOf(w, /MI\d{2,3}X?|Radeon(?: (?:RX|Pro|VII))?(?: \w*\d\w*)?/i),
    class: 'gpu',
    vendor: 'AMD',
    aliases: ['instinct', 'radeon'],
  },
  // "a 64 GB M2 Pro GPU": the GPU of an Apple chip, named as such, is a GPU.
  {
    pattern: `(?:Apple )?M[1-4](?:[- ](?:Ultra|Max|Pro))?(?: (?:integrated |on-chip )?GPUs?)`,
    name: (w) => `${codeOf(w, /M[1-4](?:[- ](?:Ultra|Max|Pro))?/).replace('-', ' ')} GPU`,
    class: 'gpu',
    vendor: 'Apple',
  },
  {
    pattern: `(?:Apple )?M[1-4](?:[- ](?:Ultra|Max|Pro))(?: (?:chip|SoC|Mac\\w*))?|Apple M[1-4](?: (?:chip|SoC))?`,
    name: (w) => codeOf(w, /M[1-4](?:[- ](?:Ultra|Max|Pro))?/).replace('-', ' '),
    class: 'cpu',
    vendor: 'Apple',
    aliases: ['apple silicon', 'm2'],
  },
  {
    pattern: `(?:Intel )?Xeon(?: (?:Gold|Platinum|Silver|Phi|E\\d-\\w+|W-\\w+|\\d{4}\\w*))*(?: CPUs?| processors?)?`,
    name: 'Xeon',
    class: 'cpu',
    vendor: 'Intel',
  },
  {
    pattern: `(?:AWS )?Graviton ?\\d?(?: (?:CPUs?|processors?|instances?))?`,
    name: (w) => codeOf(w, /Graviton ?\d?/i),
    class: 'cpu',
    vendor: 'AWS',
    aliases: ['graviton'],
  },
  {
    pattern: `Ampere (?:Altra|One)(?: Max)?(?: CPUs?)?`,
    name: (w) => codeOf(w, /Ampere (?:Altra|One)(?: Max)?/i),
    class: 'cpu',
    vendor: 'Ampere',
  },
  {
    // Server CPUs by code name ("Intel Sapphire Rapids", "AMD Genoa"); a bare "Rome" or "Milan" is a city.
    pattern: `(?:Intel )?(?:Xeon )?(?:Sapphire|Emerald|Granite) Rapids(?: CPUs?| processors?)?|(?:Intel )?(?:Xeon )?(?:Ice|Cascade|Cooper) Lake(?:-SP)?(?: CPUs?| processors?)?`,
    name: (w) => codeOf(w, /(?:Sapphire|Emerald|Granite) Rapids|(?:Ice|Cascade|Cooper) Lake/i),
    class: 'cpu',
    vendor: 'Intel',
  },
  {
    pattern: `AMD (?:EPYC )?(?:Genoa|Milan|Rome|Bergamo|Turin)(?: CPUs?| processors?)?|(?:Genoa|Milan|Rome|Bergamo|Turin) (?:CPUs?|processors?)`,
    name: (w) => codeOf(w, /Genoa|Milan|Rome|Bergamo|Turin/i),
    class: 'cpu',
    vendor: 'AMD',
  },
  {
    pattern: `(?:AMD )?EPYC(?: \\d{4}\\w*)?(?: CPUs?| processors?)?|(?:AMD )?Ryzen(?: \\d)?(?: \\d{4}\\w*)?(?: CPUs?)?`,
    name: (w) => codeOf(w, /EPYC|Ryzen/i),
    class: 'cpu',
    vendor: 'AMD',
  },
  {
    pattern: `(?:Intel )?Core i[3579](?:-\\d{4,5}\\w*)?(?: CPUs?| processors?)?`,
    name: (w) => codeOf(w, /Core i[3579](?:-\d{4,5}\w*)?/i),
    class: 'cpu',
    vendor: 'Intel',
  },
  {
    pattern: `(?:ARM |Arm )?Cortex-M\\d+\\w*(?: (?:microcontrollers?|MCUs?))?`,
    name: (w) => codeOf(w, /Cortex-M\d+\w*/i),
    class: 'mcu',
    vendor: 'Arm',
    aliases: ['cortex'],
  },
  {
    pattern: `(?:ARM |Arm )?Cortex-A\\d+\\w*(?: CPUs?| cores?)?`,
    name: (w) => codeOf(w, /Cortex-A\d+\w*/i),
    class: 'cpu',
    vendor: 'Arm',
    aliases: ['cortex'],
  },
  // --- phones and edge boards ---
  {
    pattern: `iPhone(?:[- ]?(?:\\d{1,2}|XS|XR|X|SE))?(?: (?:Pro Max|Pro|Max|Plus|mini))?(?: (?:phones?|smartphones?))?`,
    name: (w) => codeOf(w, /iPhone(?:[- ]?(?:\d{1,2}|XS|XR|X|SE))?(?: (?:Pro Max|Pro|Max|Plus|mini))?/i).replace(/iPhone-/i, 'iPhone '),
    class: 'mobile',
    vendor: 'Apple',
  },
  {
    pattern: `(?:Google )?Pixel ?\\d{1,2}(?: ?(?:Pro|XL|a))?(?: (?:phones?|smartphones?))?`,
    name: (w) => codeOf(w, /Pixel ?\d{1,2}(?: ?(?:Pro|XL|a))?/i),
    class: 'mobile',
    vendor: 'Google',
  },
  {
    // (A bare "Samsung" is the vendor of memory too: "Samsung HBM-PIM".)
    pattern: `Samsung(?: Galaxy)?(?: (?:S|Note|A|Tab ?S)\\d{1,2}(?: ?(?:Ultra|\\+|Plus))?)(?: (?:phones?|smartphones?|devices?))?|Samsung Galaxy(?: (?:phones?|smartphones?|devices?))?|Samsung (?:phones?|smartphones?)|Galaxy (?:S|Note)\\d{1,2}(?: ?(?:Ultra|\\+|Plus))?(?: (?:phones?|smartphones?))?`,
    name: (w) => codeOf(w, /(?:Samsung(?: Galaxy)?|Galaxy)(?: (?:S|Note|A|Tab ?S)\d{1,2}(?: ?(?:Ultra|\+|Plus))?)?/i),
    class: 'mobile',
    vendor: 'Samsung',
    aliases: ['galaxy'],
  },
  {
    pattern: `(?:Xiaomi|Redmi|OnePlus|OPPO|Vivo|Honor)(?: (?:Mi|Note|Find X|Reno))?(?: \\d{1,2}\\w?)?(?: (?:Pro|Ultra|Plus|T))?(?: (?:phones?|smartphones?))?|Huawei (?:Mate|P|Nova) ?\\d{2}(?: (?:Pro|Ultra))?(?: (?:phones?|smartphones?))?`,
    name: (w) => w.replace(/ (?:phones?|smartphones?)$/i, '').trim(),
    class: 'mobile',
    vendor: null,
    aliases: ['xiaomi', 'oneplus', 'huawei'],
  },
  {
    pattern: `(?:Qualcomm )?Snapdragon(?: \\d{3,4}\\w*| \\d Gen \\d)?(?: (?:SoCs?|phones?|devices?))?|(?:Qualcomm )?Hexagon(?! NPU)(?: DSPs?)?|(?:Qualcomm )?Adreno(?: \\d{3})?(?: GPUs?)?`,
    name: (w) => codeOf(w, /Snapdragon(?: \d{3,4}\w*| \d Gen \d)?|Hexagon|Adreno(?: \d{3})?/i),
    class: 'mobile',
    vendor: 'Qualcomm',
  },
  {
    pattern: `Raspberry Pi(?: ?\\d(?: ?Model ?B\\+?)?| Zero(?: 2 W)?)?`,
    name: (w) => codeOf(w, /Raspberry Pi(?: ?\d| Zero)?/i),
    class: 'edge',
    vendor: 'Raspberry Pi',
    aliases: ['raspberry', 'rpi'],
  },
  {
    pattern: `(?:Google )?(?:Coral )?Edge ?TPUs?|(?:Google )?Coral (?:Dev Board(?: Mini)?|USB Accelerator|devices?|boards?)|(?:Intel )?(?:Movidius|Neural Compute Stick)(?: \\w+)?`,
    name: (w) => codeOf(w, /Edge ?TPU|Coral [A-Za-z]+(?: [A-Z][a-z]+)*|Movidius|Neural Compute Stick/i),
    class: 'edge',
    vendor: null,
  },
  {
    pattern: `(?:nano|micro|pico|palm-sized)?-?(?:drones?|quadrotors?|quadcopters?)(?: (?:hardware|platforms?))?|UAVs?|unmanned aerial vehicles?`,
    name: 'drone',
    class: 'edge',
    vendor: null,
    aliases: ['drone', 'uav'],
  },
  // --- microcontrollers ---
  {
    pattern: `STM32\\w*|nRF52\\w*|ESP32\\w*|GAP[89]\\w*|PULP(?:-OPEN| platforms?| processors?| clusters?)?|(?:RISC-V|RISCV)(?:-based)?(?: [\\w+-]+){0,3}? MCUs?`,
    name: (w) => codeOf(w, /STM32\w*|nRF52\w*|ESP32\w*|GAP[89]\w*|PULP(?:-OPEN)?|RISC-V|RISCV/i),
    class: 'mcu',
    vendor: null,
  },
  {
    pattern: `(?:ultra-low-power |low-power )?(?:micro-?controllers?(?: units?)?|MCUs?(?:-class devices)?)`,
    name: 'MCU',
    class: 'mcu',
    vendor: null,
    aliases: ['microcontroller'],
  },
  // --- FPGAs ---
  {
    pattern: `(?:(?:AMD|Xilinx) ){0,2}(?:Alveo ?U\\d{2,3}C?|ZCU\\d{3}|VCU\\d{3,4}|VCK\\d{3,4}|VHK\\d{3}|VPK\\d{3}|KV260|KCU\\d{3}|PYNQ(?:-Z\\d)?|Versal(?: (?:AI Core|AI Edge|Premium|HBM|Prime))?(?: (?:VHK|VCK|VPK|VC|VE)\\d{3,4})?|Zynq(?: UltraScale\\+)?(?: MPSoC)?(?: (?:ZU|XC7Z)\\d{1,4}\\w*)?|UltraScale\\+?(?: MPSoC)?|Kintex(?:[- ]\\w+)?|Virtex(?:[- ]\\w+)?|Spartan(?:[- ]\\w+)?)${BOARD_SUFFIX}`,
    name: (w) => codeOf(w, /Alveo ?U\d{2,3}C?|ZCU\d{3}|VCU\d{3,4}|VCK\d{3,4}|VPK\d{3}|KV260|KCU\d{3}|PYNQ(?:-Z\d)?|Versal(?: (?:AI Core|AI Edge|Premium|HBM|Prime))?(?: (?:VHK|VCK|VPK|VC|VE)\d{3,4})?|Zynq(?: UltraScale\+)?(?: MPSoC)?|UltraScale\+?(?: MPSoC)?|Kintex(?:[- ]\w+)?|Virtex(?:[- ]\w+)?|Spartan(?:[- ]\w+)?|VHK\d{3}/i),
    class: 'fpga',
    vendor: 'AMD Xilinx',
    aliases: ['xilinx', 'alveo', 'versal', 'zynq'],
  },
  {
    pattern: `(?:Intel )?(?:Stratix|Arria|Agilex|Cyclone)(?:[- ]\\w+)?${BOARD_SUFFIX}`,
    name: (w) => codeOf(w, /(?:Stratix|Arria|Agilex|Cyclone)(?:[- ]\w+)?/i),
    class: 'fpga',
    vendor: 'Intel',
  },
  {
    pattern: `(?:embedded |cloud |edge |commercial )?(?:FPGAs?|Field[- ]Programmable Gate Arrays?)(?:-based)?(?: (?:SoCs?|cards?|boards?|accelerators?|platforms?|devices?|chips?|emulators?))?`,
    name: 'FPGA',
    class: 'fpga',
    vendor: null,
  },
  // --- TPUs, NPUs, neuromorphic, PIM ---
  {
    // A TPU pod is many hosts' chips: a multi-node run (Decision 8).
    pattern: `(?:Google )?(?:Cloud )?TPU(?: ?v\\d\\w*|-v\\d\\w*)? pods?(?: slices?)?(?![A-Za-z-])`,
    name: (w) => `${codeOf(w, /TPU(?: ?v\d\w*|-v\d\w*)?/i)} pod`,
    class: 'cluster',
    vendor: 'Google',
  },
  {
    pattern: `(?:Google )?(?:Cloud )?TPU(?: ?v\\d\\w*|-v\\d\\w*)?(?: (?:pods?|chips?|cores?|slices?))?s?(?![A-Za-z-])`,
    name: (w) => codeOf(w, /TPU(?: ?v\d\w*|-v\d\w*)?/i),
    class: 'tpu',
    vendor: 'Google',
  },
  {
    // A TPU generation named alone ("v5e is 2.2x cheaper than H100"): "v5e", "v5p", "v6e" name no other device.
    pattern: `v[4-7][ep](?: (?:pods?|chips?|slices?))?(?![A-Za-z0-9-])|Trillium(?: TPUs?)?`,
    name: (w) => `TPU ${codeOf(w, /v[4-7][ep]|Trillium/)}`,
    class: 'tpu',
    vendor: 'Google',
  },
  {
    pattern: `(?:(?:Arm|ARM|commercial|mobile|Huawei) )*(?:mobile[- ])?(?:NPUs?|Neural Processing Units?)(?: \\(NPU\\))?|(?:Huawei )?Ascend ?\\d{3}\\w*|Ethos-U\\d+|(?:Apple )?Neural Engine|(?:Qualcomm )?Hexagon NPUs?`,
    name: (w) => (/Ascend/i.test(w) ? codeOf(w, /Ascend ?\d{3}\w*/i) : /Ethos/i.test(w) ? codeOf(w, /Ethos-U\d+/i) : /Hexagon/i.test(w) ? 'Hexagon NPU' : 'NPU'),
    class: 'npu',
    vendor: null,
  },
  {
    pattern: `SpiNNaker ?\\d?(?: (?:neuromorphic )?(?:chips?|boards?|systems?))?|(?:Intel )?Loihi ?\\d?(?: chips?)?|(?:IBM )?TrueNorth|neuromorphic (?:chips?|hardware|devices?|processors?|platforms?|systems?)`,
    name: (w) => codeOf(w, /SpiNNaker ?\d?|Loihi ?\d?|TrueNorth/i) || 'neuromorphic hardware',
    class: 'neuromorphic',
    vendor: null,
    aliases: ['spinnaker', 'loihi'],
  },
  {
    pattern: `(?:DRAM-based )?(?:processing|process|compute|computing)[- ]in[- ]memory(?: \\(PIM\\))?(?: (?:architectures?|accelerators?|chips?|macros?|solutions?))?|in-memory computing(?: (?:macros?|chips?|architectures?))?|PIM (?:chips?|architectures?|accelerators?|solutions?|devices?)|processing[- ]in[- ]DIMMs?|near[- ](?:memory|data|bank) (?:processing|computing|accelerators?|designs?|architectures?)|(?:GPU|CPU|NPU|host)-PIM (?:systems?|designs?|architectures?|platforms?)|CIM macros?|(?:HBM\\d?e?|DRAM|GDDR\\d|LPDDR\\d)-PIM(?: stacks?)?|UPMEM(?: PIM)?(?: (?:DIMMs?|systems?))?|PIM-based|(?:processing|compute)[- ]in[- ]memory (?:hardware|systems?|devices?|modules?)|(?:RRAM|ReRAM|memristor|memristive|resistive(?: RAM)?) (?:crossbars?|crossbar arrays?|macros?|compute-in-memory macros?|CIM macros?|chips?|accelerators?)`,
    name: 'PIM',
    class: 'pim',
    vendor: null,
    aliases: ['pim', 'processing-in-memory'],
  },
  // --- custom accelerators ---
  {
    pattern: `(?:Cerebras )?(?:CS-[123]|WSE-?[123]?)(?: systems?)?|(?:Cerebras )?wafer-scale engines?(?: \\(WSEs?\\))?|(?:Graphcore )?(?:Bow )?IPUs?|(?:Groq )?LPUs?|(?:Habana |Intel )?Gaudi ?\\d?|(?:AWS )?(?:Trainium|Inferentia) ?\\d?`,
    name: (w) => codeOf(w, /CS-[123]|WSE-?[123]?|wafer-scale engine|IPU|LPU|Gaudi ?\d?|Trainium ?\d?|Inferentia ?\d?/i),
    class: 'asic',
    vendor: null,
    aliases: ['cerebras', 'graphcore', 'groq', 'gaudi', 'trainium'],
  },
  {
    pattern: `(?:SambaNova )?(?:SN40L )?(?:Reconfigurable Dataflow Units?|RDUs?)(?: \\(RDU\\))?`,
    name: 'RDU',
    class: 'asic',
    vendor: 'SambaNova',
  },
  {
    pattern: `ASICs?(?: (?:accelerators?|designs?|chips?))?|application-specific integrated (?:circuits?|chips?)(?: \\(ASICs?\\))?|systolic(?:[- ]array)?(?:[- ]based)?(?: (?:accelerators?|arrays?|architectures?))?|spatial[- ]array(?:[- ]style)? architectures?|(?:custom|dedicated|specialized|specialised|proposed|our) (?:hardware )?accelerators?|(?:hardware )?accelerators?|co-?processors?|processing elements?|dedicated hardware|custom hardware|(?:our|the|this) (?:fabricated )?(?:\\d+ ?nm )?(?:test |prototype )?chips?|fabricated (?:\\d+ ?nm )?(?:test |prototype )?(?:chips?|prototypes?)|\\d+ ?nm (?:CMOS )?(?:test |prototype )?(?:chips?|prototypes?)|(?:TSMC |GlobalFoundries |Samsung )?\\d+[- ]?nm (?:CMOS )?(?:process|technology)(?! node)`,
    name: 'accelerator',
    class: 'asic',
    vendor: null,
    aliases: ['accelerator', 'systolic'],
  },
  // --- generic classes ---
  {
    pattern: `(?:(?:NVIDIA|Nvidia|AMD|Intel|commodity|consumer|consumer-grade|low-end|high-end|single|modern|commercial|mobile|datacenter|cloud|Arm|ARM) )*(?:GPUs?|graphics processing units?|GPGPUs?)(?: (?:hardware|servers?|cards?|instances?|platforms?))?|(?:NVIDIA )?tensor cores?`,
    name: 'GPU',
    class: 'gpu',
    vendor: null,
  },
  {
    pattern: `(?:(?:Intel|AMD|Arm|ARM|x86|mobile|multi-core|single-core|commodity|server|desktop|edge) )*(?:CPUs?|central processing units?)(?:-only)?(?: (?:cores?|servers?|environments?|platforms?))?|\\d{1,3}-core (?:(?:commodity|x86|Arm|dual-socket) )?(?:servers?|machines?|processors?|hosts?)`,
    name: 'CPU',
    class: 'cpu',
    vendor: null,
  },
  {
    pattern: `(?:smart)?phones?|mobile (?:devices?|phones?|platforms?|hardware|SoCs?)|smart ?watch(?:es)?|wearables?(?: devices?)?|wrist-worn devices?`,
    name: 'mobile device',
    class: 'mobile',
    vendor: null,
    aliases: ['phone', 'smartphone'],
  },
  {
    pattern: `(?:edge|embedded|IoT) (?:devices?|hardware|platforms?|systems?|processors?|clients?|nodes?|boards?)`,
    name: 'edge device',
    class: 'edge',
    vendor: null,
  },
];

/** Vendors named before a generic class word: "NVIDIA GPUs" is a GPU from NVIDIA. */
const VENDOR_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bnvidia\b/i, 'NVIDIA'],
  [/\bamd\b/i, 'AMD'],
  [/\bintel\b/i, 'Intel'],
  [/\b(?:arm)\b/i, 'Arm'],
  [/\bxilinx\b/i, 'AMD Xilinx'],
  [/\bgoogle\b/i, 'Google'],
  [/\bapple\b/i, 'Apple'],
];

// Counted devices ("8 GPUs", "8xA100-80GB", "eight RDU sockets", "8-socket RDU Node", "400 GPUs"):
// the count decides between one device and a cluster.
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['single', 1], ['two', 2], ['four', 4], ['eight', 8], ['sixteen', 16], ['thirty-two', 32],
  ['sixty-four', 64], ['dozens of', 24], ['hundreds of', 100], ['thousands of', 1000], ['tens of thousands of', 10000],
]);
const COUNTED_PATTERN =
  // ("1,536-GPU cluster": a count may be written with thousands separators.)
  `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,6}|one|single|two|four|eight|sixteen|thirty-two|sixty-four|dozens of|hundreds of|thousands of|tens of thousands of)` +
  `(?: ?[x×] ?|-| )(?:(?:NVIDIA )?(?:${NVIDIA_DATACENTER})s?(?:[- ]\\d{2,3} ?GB)?(?: (?:GPUs?|setup|servers?|nodes?|machines?))?` +
  `|(?:AMD )?(?:Instinct )?MI\\d{2,3}X?s?(?: GPUs?)?|(?:chip )?(?:Google )?TPU ?v\\d\\w*(?: (?:chips|cores|pods?|slices?))?` +
  `|(?:NVIDIA |AMD )?(?:GPUs?|TPUs?|TPU cores|RDU sockets?|RDUs?|sockets? RDU(?: [Nn]odes?)?|nodes?|GCDs|accelerators?)(?: (?:RDU )?[Nn]odes?)?)`;
const MULTI_NODE_PATTERN = `multi-node(?: \\w+)?|(?:GPU|CPU|TPU) clusters?|clusters? of GPUs|supercomput(?:ers?|ing clusters?)|Frontier supercomputer`;

// One pattern without capture groups finds where a device is written; which entry it is, is
// decided only where something matched (capture groups would cost on every attempt).
export const HARDWARE_SCAN_SOURCE = `(?<![A-Za-z0-9])(?:${COUNTED_PATTERN}|${MULTI_NODE_PATTERN}|${HARDWARE_ENTRIES.map((entry) => entry.pattern).join('|')})(?![A-Za-z0-9])`;
export const HARDWARE_SCAN = keywordPattern(HARDWARE_SCAN_SOURCE, 'i');
const HARDWARE_LEXICON = new KeywordLexicon([HARDWARE_SCAN]);
const COUNTED_AT = new RegExp(`(?:${COUNTED_PATTERN})(?![A-Za-z0-9])`, 'iy');
const MULTI_NODE_AT = new RegExp(`(?:${MULTI_NODE_PATTERN})(?![A-Za-z0-9])`, 'iy');
const ENTRY_AT: readonly RegExp[] = HARDWARE_ENTRIES.map((entry) => new RegExp(`(?:${entry.pattern})(?![A-Za-z0-9])`, 'iy'));
/** The words each entry's written forms open with: entries that cannot match a written form are not tried. */
const ENTRY_OPENINGS = ENTRY_AT.map((pattern) => openingsOf(pattern.source));

/** Whether `pattern` matches exactly text[at, at + length). */
function matchesExactly(pattern: RegExp, text: string, at: number, length: number): boolean {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match !== null && match[0].length === length;
}

export interface HardwareMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entity: HardwareEntity;
  /** How many devices the text counts ("8 GPUs" -> 8), or null. */
  readonly count: number | null;
}

function nameOf(entry: HardwareEntry, written: string): string {
  return typeof entry.name === 'string' ? entry.name : entry.name(written);
}

function vendorOf(entry: HardwareEntry, written: string): string | null {
  if (entry.vendor) return entry.vendor;
  for (const [pattern, vendor] of VENDOR_WORDS) if (pattern.test(written)) return vendor;
  return null;
}

function parseCount(written: string): number | null {
  const digits = /^\d{1,3}(?:,\d{3})+|^\d{1,6}/.exec(written);
  if (digits) return Number(digits[0].replace(/,/g, ''));
  const lower = written.toLowerCase();
  for (const [word, n] of COUNT_WORDS) if (lower.startsWith(word)) return n;
  return null;
}

function countedEntity(written: string, count: number | null): HardwareEntity | null {
  // What is counted: a named GPU, or the class its word names.
  // ("256-chip TPU v4 slice": the chips are the TPU's.)
  const afterCount = written.replace(/^(?:\d{1,3}(?:,\d{3})+|\d{1,6}|[a-z-]+(?: of)?)(?: ?[x×] ?|-| )(?:chip )?/i, '');
  const inner = classify(afterCount) ?? classify(afterCount.replace(/s$/, ''));
  // Several nodes or machines are a multi-node run (Decision 8), whatever each holds.
  const machines = /^(?:(?:GPU |RDU )?nodes?|servers?|machines?)$/i.test(afterCount);
  if (count !== null && (count >= CLUSTER_MIN_DEVICES || (machines && count >= 2))) {
    return { name: `${count}x ${inner?.name ?? afterCount}`.trim(), class: 'cluster', vendor: inner?.vendor ?? null };
  }
  if (inner) return inner;
  // "a single node", "one server": one machine says nothing of what computes in it.
  if (machines) return null;
  return { name: afterCount, class: /gpu/i.test(afterCount) ? 'gpu' : 'asic', vendor: null };
}

function classify(text: string): HardwareEntity | null {
  for (const [i, entry] of HARDWARE_ENTRIES.entries()) {
    const pattern = ENTRY_AT[i] as RegExp;
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match) return { name: nameOf(entry, match[0]), class: entry.class, vendor: vendorOf(entry, match[0]) };
  }
  return null;
}

interface Reading {
  readonly entity: HardwareEntity;
  readonly count: number | null;
}

/**
 * What a written device stands for, cached by the written text: the scan's match at a position
 * is the match of the first entry that matches there, and whether an entry matches a written
 * form followed by a non-alphanumeric character does not depend on anything after it, so one
 * written form always reads the same. Bounded: cleared when it grows large.
 */
const READINGS = new Map<string, Reading | null>();
const MAX_READINGS = 4096;

function readWritten(text: string, at: number, written: string): Reading | null {
  const cached = READINGS.get(written);
  if (cached !== undefined) return cached;
  let reading: Reading | null = null;
  if (matchesExactly(COUNTED_AT, text, at, written.length)) {
    const count = parseCount(written);
    const entity = countedEntity(written, count);
    reading = entity ? { entity, count } : null;
  } else if (matchesExactly(MULTI_NODE_AT, text, at, written.length)) {
    reading = { entity: { name: 'cluster', class: 'cluster', vendor: null }, count: null };
  } else {
    const index = ENTRY_AT.findIndex((pattern, i) => mayOpen(ENTRY_OPENINGS[i] ?? null, written) && matchesExactly(pattern, text, at, written.length));
    const entry = HARDWARE_ENTRIES[index];
    if (entry) reading = { entity: { name: nameOf(entry, written), class: entry.class, vendor: vendorOf(entry, written) }, count: null };
  }
  if (READINGS.size >= MAX_READINGS) READINGS.clear();
  READINGS.set(written, reading);
  return reading;
}

/** A capitalized word and a hyphen right before a class word: "Slim-" of "Slim-NPU". */
const NAME_HYPHEN_BEFORE = /(?:^|[^A-Za-z0-9-])[A-Z][A-Za-z]*-$/;

/** Every device the text names, left to right, with its normalized entity. */
export function findHardwareMentions(text: string, positions: KeywordPositions = HARDWARE_LEXICON.positions(text)): HardwareMention[] {
  const mentions: HardwareMention[] = [];
  // Tried only where a word opens like a device name (see keyword-scan.ts): same matches as a
  // global scan of HARDWARE_SCAN_SOURCE, at a fraction of the attempts.
  scanKeywords(HARDWARE_SCAN, text, positions.of(HARDWARE_SCAN), (match) => {
    const written = match[0];
    if (written.length === 0) return;
    const reading = readWritten(text, match.index, written);
    // "Slim-NPU", "Lite-GPU": a class word a capitalized word is hyphenated onto names a system.
    if (reading && GENERIC_NAMES.has(reading.entity.name) && NAME_HYPHEN_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) return;
    // Each mention gets its own entity object: callers may hold on to it.
    if (reading) mentions.push({ start: match.index, end: match.index + written.length, text: written, entity: { ...reading.entity }, count: reading.count });
  });
  return mentions;
}

/** The device a text names ("Xilinx Alveo U280 FPGA" -> Alveo U280 / fpga / AMD Xilinx), or null. */
export function normalizeHardware(text: string): HardwareEntity | null {
  const mentions = findHardwareMentions(text.replace(/\s+/g, ' '));
  if (mentions.length === 0) return null;
  // The most specific mention: a named device (with a vendor) over a generic class word.
  const named = mentions.find((m) => m.entity.vendor !== null || !GENERIC_NAMES.has(m.entity.name));
  return (named ?? mentions[0] as HardwareMention).entity;
}

/** Names of class words rather than of devices ("GPU", "edge device"). */
export const GENERIC_NAMES: ReadonlySet<string> = new Set(['GPU', 'CPU', 'FPGA', 'MCU', 'NPU', 'PIM', 'accelerator', 'mobile device', 'edge device', 'drone', 'cluster', 'neuromorphic hardware']);

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Whether a hardware entity answers a `--hardware` query. Pure and case-insensitive; spaces,
 * hyphens and underscores are ignored ("jetson-agx-orin" = "Jetson AGX Orin"). A query matches
 * when it is:
 *   - the entity's class ("fpga", "gpu", "edge", "cluster"), or a class synonym ("phone" -> mobile,
 *     "microcontroller" -> mcu);
 *   - its vendor or part of it ("nvidia", "xilinx", "amd" for "AMD Xilinx");
 *   - part of its name ("a100" for "A100", "jetson" and "orin" for "Jetson AGX Orin", "u280" for
 *     "Alveo U280"); queries of one or two characters must equal a whole name word;
 *   - an alias of the table entry the entity came from ("alveo", "raspberry", "systolic").
 */
export function hardwareMatchesQuery(entity: HardwareEntity, query: string): boolean {
  const q = squash(query);
  if (q.length === 0) return false;
  if (entity.class === q || CLASS_SYNONYMS.get(q) === entity.class) return true;
  if (entity.vendor && squash(entity.vendor).includes(q)) return true;
  const name = squash(entity.name);
  if (q.length <= 2) {
    if (entity.name.toLowerCase().split(/[\s-]+/).includes(q)) return true;
  } else if (name.includes(q)) {
    return true;
  }
  for (const entry of HARDWARE_ENTRIES) {
    if (entry.class !== entity.class || !entry.aliases) continue;
    if (!entry.aliases.some((alias) => squash(alias) === q)) continue;
    if (classify(entity.name)?.class === entity.class || typeof entry.name === 'string') return true;
  }
  return false;
}

/** Words users type for a class. */
export const CLASS_SYNONYMS: ReadonlyMap<string, HardwareClass> = new Map([
  ['phone', 'mobile'],
  ['phones', 'mobile'],
  ['smartphone', 'mobile'],
  ['microcontroller', 'mcu'],
  ['microcontrollers', 'mcu'],
  ['accelerator', 'asic'],
  ['processinginmemory', 'pim'],
  ['gpus', 'gpu'],
  ['cpus', 'cpu'],
  ['fpgas', 'fpga'],
  ['tpus', 'tpu'],
  ['npus', 'npu'],
  ['multinode', 'cluster'],
]);
