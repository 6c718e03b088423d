/** Word pools for the benchmark records: the names a county-level 司法局's ledgers are full of. */
import { type Rng, Weighted, zipf } from './random';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文辉玉兰鹏海燕飞斌春梅宇浩凯晨雪琳欣怡子轩梓涵浩然俊杰佳怡晓东建华国强立新永刚德明学军';
const PLACES = ['丹阳', '云阳', '司徒', '延陵', '珥陵', '导墅', '皇塘', '吕城', '陵口', '访仙', '界牌', '埤城', '开发区', '练湖', '曲阿'];
const TRADES = ['建筑', '机械', '眼镜', '五金', '光学', '汽配', '纺织', '商贸', '物流', '化工', '食品', '电子', '房地产', '农业', '餐饮'];
const FORMS = ['有限公司', '有限责任公司', '股份有限公司', '合作社', '厂'];

/** 被申请人: a few bureaus take most of the cases. */
export const RESPONDENTS: readonly { name: string; field: string }[] = [
  { name: '丹阳市公安局', field: '公安' },
  { name: '丹阳市市场监督管理局', field: '市场监管' },
  { name: '丹阳市自然资源和规划局', field: '自然资源' },
  { name: '丹阳市人力资源和社会保障局', field: '人社' },
  { name: '丹阳市住房和城乡建设局', field: '住建' },
  { name: '丹阳市交通运输局', field: '交通运输' },
  { name: '镇江市丹阳生态环境局', field: '生态环境' },
  { name: '丹阳市城市管理局', field: '住建' },
  { name: '丹阳市云阳街道办事处', field: '乡镇' },
  { name: '丹阳市司徒镇人民政府', field: '乡镇' },
  { name: '丹阳市农业农村局', field: '农业农村' },
  { name: '丹阳市卫生健康委员会', field: '其他' },
  { name: '丹阳市教育局', field: '其他' },
  { name: '丹阳市应急管理局', field: '其他' },
  { name: '丹阳市延陵镇人民政府', field: '乡镇' },
  { name: '丹阳市吕城镇人民政府', field: '乡镇' },
  { name: '丹阳市曲阿街道办事处', field: '乡镇' },
  { name: '丹阳市医疗保障局', field: '人社' },
  { name: '丹阳市民政局', field: '其他' },
  { name: '丹阳市水利局', field: '其他' },
  { name: '丹阳市税务局', field: '其他' },
  { name: '丹阳市财政局', field: '其他' },
  { name: '丹阳市文体广电和旅游局', field: '其他' },
  { name: '丹阳市商务局', field: '市场监管' },
  { name: '丹阳市发展和改革委员会', field: '其他' },
  { name: '丹阳开发区管理委员会', field: '乡镇' },
  { name: '丹阳市陵口镇人民政府', field: '乡镇' },
  { name: '丹阳市珥陵镇人民政府', field: '乡镇' },
  { name: '丹阳市导墅镇人民政府', field: '乡镇' },
  { name: '丹阳市皇塘镇人民政府', field: '乡镇' },
];
export const RESPONDENT_PICK = zipf(RESPONDENTS, 1.1);

export const ACT_CATEGORY_PICK = new Weighted<string>([
  ['行政处罚', 38],
  ['政府信息公开', 14],
  ['行政不作为', 9],
  ['工伤认定', 8],
  ['举报投诉处理', 8],
  ['行政强制', 5],
  ['行政许可', 4],
  ['行政征收', 3],
  ['行政确认', 3],
  ['行政确权', 2],
  ['行政协议', 1],
  ['行政赔偿', 1],
  ['其他', 4],
]);

export const HANDLERS = ['张明', '李华', '王芳', '陈静', '刘洋', '周婷'];
export const HANDLER_PICK = zipf(HANDLERS, 0.5);

export const DEPARTMENTS = RESPONDENTS.filter((r) => /局|委员会/.test(r.name)).map((r) => r.name);
export const TOWNS = RESPONDENTS.filter((r) => /镇|街道|开发区/.test(r.name)).map((r) => r.name);

export function personName(rng: Rng): string {
  const surname = SURNAMES[rng.int(0, SURNAMES.length - 1)]!;
  const first = GIVEN[rng.int(0, GIVEN.length - 1)]!;
  return rng.chance(0.7) ? surname + first + GIVEN[rng.int(0, GIVEN.length - 1)]! : surname + first;
}

export function companyName(rng: Rng): string {
  return `丹阳市${rng.pick(PLACES)}${rng.pick(TRADES)}${rng.pick(FORMS)}`;
}

const DOC_SUBJECTS = [
  '城市管理',
  '安全生产',
  '农村土地承包',
  '住房保障',
  '养老服务',
  '市场监管',
  '交通秩序',
  '生态环境保护',
  '招商引资',
  '企业扶持',
  '人才引进',
  '学前教育',
  '医疗救助',
  '防汛防旱',
  '文明城市建设',
  '数据共享',
  '政府采购',
  '国有资产',
  '物业管理',
  '殡葬管理',
];
const DOC_KINDS = ['管理办法', '实施意见', '实施细则', '若干规定', '工作规则', '管理规定', '奖补办法'];

/** A normative document's title; one in ten is 暂行 or 试行 (a 2-year default validity). */
export function documentTitle(rng: Rng, issuerShort: string): string {
  const provisional = rng.chance(0.1) ? rng.pick(['暂行', '试行']) : '';
  return `${issuerShort}关于${rng.pick(DOC_SUBJECTS)}的${provisional}${rng.pick(DOC_KINDS)}`;
}

const PROJECTS = [
  '老城区改造',
  '污水处理厂',
  '产业园区',
  '道路拓宽',
  '安置房',
  '体育中心',
  '智慧城市',
  '光伏发电',
  '垃圾焚烧',
  '停车场',
  '农贸市场',
  '学校扩建',
];
const AGREEMENT_KINDS = ['合作协议', '投资协议', '补偿协议', '特许经营协议', '出让合同', '施工合同', '框架协议'];

export function agreementName(rng: Rng): string {
  return `${rng.pick(PLACES)}${rng.pick(PROJECTS)}项目${rng.pick(AGREEMENT_KINDS)}`;
}
