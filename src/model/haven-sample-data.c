/* haven-sample-data.c: realistic material for a sample school
 *
 * Copyright 2024 The Haven authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "haven-sample-data"

#include <string.h>

#include "haven-model-types.h"
#include "haven-sample-data.h"

/* Everything here is static, read-only data. The sample-school generator
 * calls these functions a few hundred thousand times for a county-sized
 * school, so a pick never allocates: it walks a small table and returns a
 * string that lives as long as the program. Only given names, mobiles and
 * resident IDs are built, and the caller owns those.
 *
 * Every random draw goes through the caller's GRand, in a fixed order, so
 * one seed always yields the same school. */

typedef struct
{
  const char *text;
  guint       weight;
} Weighted;

typedef struct
{
  const char *city;
  const char *name;
  const char *address;
  guint       weight;
} Employer;

typedef struct
{
  const char *const *uniform;   /* Equal chances, or NULL. */
  const Weighted    *weighted;  /* Chances by weight, or NULL. */
  guint              n_items;
} SampleTable;

/* ------------------------------------------------------------------------
 * Surnames, weighted by their share of the population (per ten thousand,
 * rounded; the national census figures, nudged towards the south-west and
 * centre where the sample schools are). Roughly sorted by weight, so the walk
 * in pick_weighted () usually stops within the first few dozen entries.
 * ------------------------------------------------------------------------ */

static const Weighted surnames[] = {
  { "李", 740 }, { "王", 720 }, { "张", 680 }, { "刘", 540 }, { "陈", 470 },
  { "杨", 320 }, { "黄", 230 }, { "赵", 220 }, { "周", 210 }, { "吴", 200 },
  { "徐", 170 }, { "孙", 150 }, { "胡", 135 }, { "朱", 130 }, { "高", 120 },
  { "林", 115 }, { "何", 120 }, { "郭", 115 }, { "马", 110 }, { "罗", 95 },
  { "梁", 85 }, { "宋", 80 }, { "郑", 78 }, { "谢", 72 }, { "唐", 70 },
  { "韩", 65 }, { "冯", 60 }, { "于", 58 }, { "董", 55 }, { "程", 55 },
  { "邓", 55 }, { "曹", 52 }, { "袁", 52 }, { "彭", 52 }, { "曾", 50 },
  { "许", 50 }, { "肖", 50 }, { "蒋", 45 }, { "傅", 42 }, { "沈", 42 },
  { "吕", 42 }, { "蔡", 40 }, { "卢", 40 }, { "苏", 40 }, { "魏", 40 },
  { "贾", 38 }, { "丁", 38 }, { "叶", 38 }, { "余", 38 }, { "潘", 37 },
  { "杜", 37 }, { "谭", 36 }, { "任", 36 }, { "田", 36 }, { "姚", 34 },
  { "廖", 34 }, { "戴", 32 }, { "钟", 32 }, { "汪", 32 }, { "姜", 32 },
  { "范", 30 }, { "方", 30 }, { "石", 30 }, { "熊", 30 }, { "金", 28 },
  { "陆", 28 }, { "邹", 28 }, { "夏", 28 }, { "邱", 26 }, { "秦", 25 },
  { "江", 25 }, { "侯", 25 }, { "孟", 25 }, { "白", 24 }, { "崔", 24 },
  { "毛", 22 }, { "雷", 22 }, { "段", 22 }, { "龙", 20 }, { "贺", 20 },
  { "万", 20 }, { "邵", 20 }, { "史", 18 }, { "顾", 18 }, { "郝", 18 },
  { "龚", 18 }, { "陶", 18 }, { "黎", 17 }, { "尹", 17 }, { "易", 16 },
  { "向", 16 }, { "汤", 15 }, { "文", 15 }, { "常", 15 }, { "武", 15 },
  { "孔", 14 }, { "康", 14 }, { "钱", 14 }, { "严", 14 }, { "赖", 13 },
  { "蒲", 12 }, { "冉", 12 }, { "牟", 11 }, { "苟", 11 }, { "付", 12 },
  { "乔", 11 }, { "温", 11 }, { "伍", 11 }, { "颜", 10 }, { "聂", 10 },
  { "覃", 10 }, { "章", 10 }, { "鲁", 10 }, { "葛", 9 }, { "欧阳", 9 },
  { "岳", 9 }, { "安", 9 }, { "齐", 9 }, { "倪", 8 }, { "庞", 8 },
  { "樊", 8 }, { "兰", 8 }, { "殷", 8 }, { "施", 8 },
};

/* ------------------------------------------------------------------------
 * Given names. Two-character names are a first character from one list and
 * a second from another; both lists were chosen so that any pair reads as
 * a real name. Characters that make famous or embarrassing names with a
 * common surname (锦涛, 泽东, 子腾, 伟 after 杨 …) are left out on purpose.
 * The favourite characters of the 2010s appear twice in a list, which makes
 * them twice as likely.
 * ------------------------------------------------------------------------ */

static const char *const boy_single[] = {
  "浩", "杰", "磊", "鑫", "宇", "涛", "强", "勇", "斌", "超",
  "鹏", "亮", "凯", "航", "阳", "帆", "辉", "毅", "晨", "昊",
  "睿", "哲", "彬", "旭", "峰", "锐", "森", "豪", "翔", "骏",
};

static const char *const boy_first[] = {
  "子", "浩", "宇", "俊", "梓", "嘉", "文", "明", "志", "家",
  "晨", "思", "博", "一", "天", "泽", "佳", "皓", "睿", "宏",
  "永", "建", "立", "承", "景", "君", "铭", "鸿", "耀", "振",
  "星", "云", "世", "金", "海", "奕", "俊", "子", "浩", "宇",
};

static const char *const boy_second[] = {
  "轩", "宇", "杰", "涛", "豪", "鑫", "磊", "洋", "阳", "辉",
  "凯", "航", "然", "林", "龙", "博", "文", "成", "强", "华",
  "峰", "飞", "鹏", "翔", "昊", "晨", "睿", "哲", "铭", "浩",
  "川", "源", "煜", "恒", "诚", "毅", "斌", "彬", "勇", "森",
  "泽", "安", "凡", "鸣", "熙", "航", "轩", "宇", "杰", "豪",
};

static const char *const girl_single[] = {
  "婷", "静", "敏", "娟", "芳", "琳", "洁", "颖", "雪", "慧",
  "倩", "璐", "瑶", "悦", "妍", "欣", "蕾", "萱", "彤", "涵",
  "菲", "月", "玲", "媛", "琪", "雯", "薇", "丹", "茜", "晴",
};

static const char *const girl_first[] = {
  "欣", "雨", "梓", "诗", "子", "思", "佳", "可", "语", "紫",
  "晓", "心", "雅", "若", "梦", "婉", "慧", "静", "嘉", "一",
  "芷", "书", "安", "晨", "雪", "依", "艺", "美", "乐", "舒",
  "月", "佩", "文", "玉", "秋", "欣", "雨", "梓", "诗", "子",
};

static const char *const girl_second[] = {
  "怡", "涵", "萱", "彤", "桐", "琪", "妍", "悦", "琳", "婷",
  "雯", "蕾", "瑶", "然", "菲", "颖", "洁", "璐", "宁", "馨",
  "月", "茜", "曦", "诺", "琦", "雅", "欣", "瑜", "婕", "薇",
  "岚", "楠", "丹", "晴", "希", "媛", "娜", "静", "倩", "玥",
  "汐", "涵", "怡", "萱", "琪",
};

/* Pet-name style doubled names, common enough as registered names for girls
 * born in the countryside. */
static const char *const girl_doubled[] = {
  "婷", "欣", "佳", "琳", "莹", "悦", "彤", "晶", "甜", "萌",
};

/* ------------------------------------------------------------------------
 * Where parents work: each employer with its city and full address. The
 * companies are invented; districts, towns and streets (街道) are real, the
 * roads and numbers plausible. Weights follow where migrant workers from
 * Sichuan, Henan, Hunan and Jiangxi actually go: the Pearl River Delta
 * first, then the Yangtze River Delta, Fujian, and the big inland cities.
 * ------------------------------------------------------------------------ */

static const Employer employers[] = {
  { "深圳", "深圳市宝安区福永鑫达电子厂",
    "广东省深圳市宝安区福永街道凤凰第三工业区兴业一路18号", 7 },
  { "深圳", "深圳市宏润达精密五金有限公司",
    "广东省深圳市龙华区观澜街道大富工业区富坑路56号", 6 },
  { "深圳", "深圳市建安建筑劳务有限公司",
    "广东省深圳市龙岗区坂田街道五和大道南228号", 6 },
  { "深圳", "深圳市速达通物流有限公司",
    "广东省深圳市宝安区西乡街道固戍二路33号", 5 },

  { "东莞", "东莞市长安镇华兴电子厂",
    "广东省东莞市长安镇沙头社区振安中路126号", 7 },
  { "东莞", "东莞市虎门金衣坊服装有限公司",
    "广东省东莞市虎门镇白沙社区工业路9号", 6 },
  { "东莞", "东莞市厚街鸿利鞋业有限公司",
    "广东省东莞市厚街镇三屯社区厚街大道西152号", 6 },
  { "东莞", "东莞市塘厦永兴塑胶制品厂",
    "广东省东莞市塘厦镇林村社区环市东路45号", 5 },

  { "广州", "广州市白云区新丰服装加工厂",
    "广东省广州市白云区石井街道石沙路68号", 6 },
  { "广州", "广州市宏图建筑工程有限公司",
    "广东省广州市番禺区市桥街道繁华路112号", 5 },
  { "广州", "广州市粤味轩酒家",
    "广东省广州市天河区棠下街道棠东东路21号", 4 },
  { "广州", "广州市海珠区锦华制衣厂",
    "广东省广州市海珠区凤阳街道康乐村大街36号", 5 },

  { "佛山", "佛山市顺德区美安电器配件厂",
    "广东省佛山市顺德区北滘镇工业大道38号", 4 },
  { "佛山", "佛山市南海恒通铝材有限公司",
    "广东省佛山市南海区大沥镇沥东工业区兴业路12号", 4 },
  { "佛山", "佛山市顺德区家美家具厂",
    "广东省佛山市顺德区乐从镇水藤工业区富业路7号", 3 },

  { "中山", "中山市古镇明辉灯饰厂",
    "广东省中山市古镇镇曹三工业大道北66号", 4 },
  { "中山", "中山市小榄华达五金制品有限公司",
    "广东省中山市小榄镇永宁工业区宁丰路23号", 3 },

  { "惠州", "惠州市德信电子有限公司",
    "广东省惠州市仲恺高新区陈江街道和畅五路东32号", 3 },
  { "惠州", "惠州市惠阳区兴旺家具厂",
    "广东省惠州市惠阳区淡水街道开城大道南88号", 3 },

  { "珠海", "珠海市斗门区鑫宇电子厂",
    "广东省珠海市斗门区井岸镇新青工业区青湾路15号", 2 },
  { "珠海", "珠海市海悦大酒店",
    "广东省珠海市香洲区吉大街道景山路120号", 2 },

  { "上海", "上海宏运物流有限公司",
    "上海市嘉定区马陆镇博学路1288号", 4 },
  { "上海", "上海浦江建筑劳务有限公司",
    "上海市浦东新区川沙新镇妙境路588号", 4 },
  { "上海", "上海恒泰电子科技有限公司",
    "上海市松江区九亭镇涞寅路1500号", 4 },
  { "上海", "上海市闵行区川湘人家餐馆",
    "上海市闵行区莘庄镇莘松路386号", 3 },

  { "苏州", "苏州精创电子有限公司",
    "江苏省苏州市工业园区唯亭街道葑亭大道588号", 4 },
  { "苏州", "苏州市吴中区华美纺织厂",
    "江苏省苏州市吴中区木渎镇金山路18号", 3 },
  { "苏州", "苏州市相城区顺通快递服务部",
    "江苏省苏州市相城区元和街道御窑路212号", 3 },

  { "昆山", "昆山瑞达电子有限公司",
    "江苏省昆山市周市镇青阳北路388号", 4 },
  { "昆山", "昆山市鸿昌精密模具厂",
    "江苏省昆山市张浦镇俱进路166号", 3 },

  { "无锡", "无锡市锡山区宏达纺织有限公司",
    "江苏省无锡市锡山区东港镇港下工业园兴港路22号", 2 },
  { "无锡", "无锡市新吴区鑫源电子厂",
    "江苏省无锡市新吴区梅村街道锡协路156号", 2 },

  { "南京", "南京恒通建筑劳务有限公司",
    "江苏省南京市江宁区秣陵街道胜太西路88号", 2 },
  { "南京", "南京市栖霞区好味来快餐店",
    "江苏省南京市栖霞区迈皋桥街道和燕路251号", 2 },

  { "杭州", "杭州市萧山区新塘羽绒制品厂",
    "浙江省杭州市萧山区新塘街道工业园区新欣路28号", 3 },
  { "杭州", "杭州捷运物流有限公司",
    "浙江省杭州市余杭区仁和街道东塘路97号", 3 },
  { "杭州", "杭州市西湖区知味小厨餐饮店",
    "浙江省杭州市西湖区文新街道文一西路76号", 2 },

  { "宁波", "宁波市北仑区鑫诚模具厂",
    "浙江省宁波市北仑区大碶街道华山路215号", 3 },
  { "宁波", "宁波美衣服饰有限公司",
    "浙江省宁波市鄞州区姜山镇科技园区明光北路59号", 3 },
  { "宁波", "慈溪市华星电器厂",
    "浙江省宁波市慈溪市周巷镇兴业北路118号", 2 },

  { "温州", "温州市鹿城区双屿鞋业有限公司",
    "浙江省温州市鹿城区双屿街道鞋都大道三期8号", 3 },
  { "温州", "温州市瓯海区仙岩光明眼镜厂",
    "浙江省温州市瓯海区仙岩街道工业区仙甬路36号", 2 },
  { "温州", "温州永中阀门有限公司",
    "浙江省温州市龙湾区永中街道永强大道1688号", 2 },

  { "义乌", "义乌市稠江饰品加工厂",
    "浙江省义乌市稠江街道杨村路208号", 3 },
  { "义乌", "义乌市顺捷国际货运代理有限公司",
    "浙江省义乌市北苑街道春晗路66号", 2 },

  { "北京", "北京中联恒业建筑劳务有限公司",
    "北京市大兴区黄村镇兴华大街三段18号", 3 },
  { "北京", "北京市朝阳区蜀香园餐厅",
    "北京市朝阳区十八里店乡周庄村东路12号", 3 },
  { "北京", "北京快运通达物流有限公司",
    "北京市通州区马驹桥镇联东路9号", 3 },

  { "天津", "天津精益电子有限公司",
    "天津市西青区张家窝镇工业园区富康路26号", 2 },
  { "天津", "天津宏泰建筑劳务有限公司",
    "天津市滨海新区新港街道新港二号路102号", 2 },

  { "厦门", "厦门鑫宏电子有限公司",
    "福建省厦门市集美区杏林街道杏林北路168号", 3 },
  { "厦门", "厦门鹭岛物流有限公司",
    "福建省厦门市湖里区殿前街道枋湖北二路41号", 2 },

  { "泉州", "晋江市华峰鞋业有限公司",
    "福建省泉州市晋江市陈埭镇江头工业区江浦路58号", 3 },
  { "泉州", "石狮市海丰服装厂",
    "福建省泉州市石狮市蚶江镇工业区蚶江路39号", 3 },
  { "泉州", "泉州市丰泽区闽南风味餐厅",
    "福建省泉州市丰泽区东海街道东海大街127号", 2 },

  { "福州", "福州市长乐区华丰纺织有限公司",
    "福建省福州市长乐区金峰镇华阳工业区峰阳路16号", 2 },
  { "福州", "福州建新建筑劳务有限公司",
    "福建省福州市仓山区建新镇金山大道528号", 2 },

  { "成都", "成都锐达电子有限公司",
    "四川省成都市双流区西航港街道腾飞一路99号", 4 },
  { "成都", "成都市武侯区蜀味源火锅店",
    "四川省成都市武侯区簇桥街道簇锦北路63号", 3 },
  { "成都", "成都市新都区川新家具厂",
    "四川省成都市新都区大丰街道家具产业园蜀龙大道北段7号", 3 },
  { "成都", "成都蓉城建筑劳务有限公司",
    "四川省成都市郫都区犀浦街道百草路186号", 3 },

  { "重庆", "重庆渝通物流有限公司",
    "重庆市江北区寸滩街道港城南路26号", 3 },
  { "重庆", "重庆市九龙坡区西彭铝材加工厂",
    "重庆市九龙坡区西彭镇铝城大道77号", 3 },
  { "重庆", "重庆山城建筑劳务有限公司",
    "重庆市渝北区回兴街道宝桐路310号", 3 },

  { "武汉", "武汉汉兴食品有限公司",
    "湖北省武汉市东西湖区吴家山街道革新大道89号", 2 },
  { "武汉", "武汉楚天建筑劳务有限公司",
    "湖北省武汉市江夏区纸坊街道文化大道156号", 2 },
  { "武汉", "武汉恒达汽车配件有限公司",
    "湖北省武汉市经济技术开发区沌口街道车城南路28号", 2 },

  { "长沙", "长沙湘运物流有限公司",
    "湖南省长沙市雨花区黎托街道万家丽南路二段17号", 2 },
  { "长沙", "长沙星城机械配件厂",
    "湖南省长沙市长沙县星沙街道开元东路238号", 2 },
  { "长沙", "长沙市岳麓区湘味人家餐馆",
    "湖南省长沙市岳麓区望城坡街道枫林三路45号", 2 },

  { "郑州", "郑州华通电子科技有限公司",
    "河南省郑州市航空港经济综合实验区新港大道18号", 3 },
  { "郑州", "郑州中原建工劳务有限公司",
    "河南省郑州市管城回族区南曹街道107辅道66号", 2 },
  { "郑州", "郑州市金水区豫香源餐饮店",
    "河南省郑州市金水区丰产路街道丰产路81号", 2 },

  { "西安", "西安秦川建筑劳务有限公司",
    "陕西省西安市未央区六村堡街道天台八路19号", 2 },
  { "西安", "西安市雁塔区长安面馆",
    "陕西省西安市雁塔区小寨路街道长安中路102号", 1 },

  { "青岛", "青岛海顺电子有限公司",
    "山东省青岛市黄岛区辛安街道前湾港路216号", 2 },
  { "青岛", "青岛鑫海食品加工厂",
    "山东省青岛市城阳区流亭街道双元路35号", 1 },
};

/* ------------------------------------------------------------------------
 * Mobile prefixes in use on the mainland (China Mobile 134–139, 15x, 18x,
 * 198; China Unicom 130–132, 155–156, 166, 176, 185–186; China Telecom 133,
 * 153, 177, 180–181, 189, 191, 199). Older numbers are the most common in
 * the countryside.
 * ------------------------------------------------------------------------ */

static const Weighted mobile_prefixes[] = {
  { "138", 5 }, { "139", 5 }, { "136", 4 }, { "137", 4 }, { "135", 4 },
  { "134", 3 }, { "158", 4 }, { "159", 4 }, { "150", 3 }, { "151", 3 },
  { "152", 3 }, { "157", 2 }, { "187", 3 }, { "188", 3 }, { "182", 3 },
  { "183", 3 }, { "184", 1 }, { "130", 3 }, { "131", 3 }, { "132", 3 },
  { "155", 2 }, { "156", 2 }, { "185", 2 }, { "186", 3 }, { "133", 3 },
  { "153", 2 }, { "180", 2 }, { "181", 2 }, { "189", 3 }, { "177", 2 },
  { "176", 2 }, { "178", 2 }, { "166", 1 }, { "198", 2 }, { "199", 2 },
  { "191", 1 }, { "173", 1 }, { "147", 1 },
};

/* ------------------------------------------------------------------------
 * County codes (GB/T 2260) of rural counties with many left-behind
 * children: 南充、广安、巴中、达州 in Sichuan; 邵阳 and 娄底 in Hunan;
 * 信阳 and 周口 in Henan; 赣州 and 上饶 in Jiangxi.
 * ------------------------------------------------------------------------ */

static const char *const county_codes[] = {
  "511321", /* 南部县 */
  "511322", /* 营山县 */
  "511323", /* 蓬安县 */
  "511324", /* 仪陇县 */
  "511325", /* 西充县 */
  "511621", /* 岳池县 */
  "511623", /* 邻水县 */
  "511921", /* 通江县 */
  "511922", /* 南江县 */
  "511923", /* 平昌县 */
  "511722", /* 宣汉县 */
  "430524", /* 隆回县 */
  "430525", /* 洞口县 */
  "430528", /* 新宁县 */
  "431321", /* 双峰县 */
  "411521", /* 罗山县 */
  "411522", /* 光山县 */
  "411525", /* 固始县 */
  "411526", /* 潢川县 */
  "411528", /* 息县 */
  "411627", /* 太康县 */
  "411628", /* 鹿邑县 */
  "360730", /* 宁都县 */
  "360731", /* 于都县 */
  "360732", /* 兴国县 */
  "360733", /* 会昌县 */
  "361127", /* 余干县 */
  "361128", /* 鄱阳县 */
};

/* ------------------------------------------------------------------------
 * The lists behind haven_sample_data_pick ().
 * ------------------------------------------------------------------------ */

/* Each village expands to its production groups (村民小组). */
#define VILLAGE(v) \
  v "一组", v "二组", v "三组", v "四组", v "五组", v "六组", v "七组", v "八组"

static const char *const villages[] = {
  VILLAGE ("红星村"), VILLAGE ("石桥村"), VILLAGE ("龙泉村"),
  VILLAGE ("白果村"), VILLAGE ("青山村"), VILLAGE ("桂花村"),
  VILLAGE ("柏树村"), VILLAGE ("杨柳村"), VILLAGE ("双河村"),
  VILLAGE ("三合村"), VILLAGE ("五里村"), VILLAGE ("高坪村"),
  VILLAGE ("大湾村"), VILLAGE ("凉水村"), VILLAGE ("黄泥村"),
  VILLAGE ("马鞍村"), VILLAGE ("金竹村"), VILLAGE ("松林村"),
  VILLAGE ("长岭村"), VILLAGE ("团结村"), VILLAGE ("光明村"),
  VILLAGE ("胜利村"), VILLAGE ("和平村"), VILLAGE ("幸福村"),
  VILLAGE ("新民村"), VILLAGE ("永兴村"), VILLAGE ("兴隆村"),
  VILLAGE ("莲花村"), VILLAGE ("罗家湾村"), VILLAGE ("李家沟村"),
  VILLAGE ("张家坝村"), VILLAGE ("水井村"), VILLAGE ("狮子村"),
  VILLAGE ("大树村"), VILLAGE ("茶园村"), VILLAGE ("竹林村"),
  VILLAGE ("梨树村"), VILLAGE ("桃园村"), VILLAGE ("向阳村"),
  VILLAGE ("石板村"),
};

#undef VILLAGE

static const Weighted parent_jobs[] = {
  { "建筑工人", 10 },
  { "电子厂普工", 10 },
  { "流水线操作工", 6 },
  { "服装厂车工", 6 },
  { "快递员", 5 },
  { "外卖骑手", 4 },
  { "厨师", 4 },
  { "餐厅服务员", 4 },
  { "保安", 4 },
  { "货车司机", 4 },
  { "装修工", 4 },
  { "钢筋工", 3 },
  { "木工", 3 },
  { "电焊工", 3 },
  { "水电工", 3 },
  { "保洁员", 3 },
  { "鞋厂工人", 3 },
  { "家具厂工人", 3 },
  { "搬运工", 3 },
  { "家政服务员", 3 },
  { "工地杂工", 3 },
  { "玩具厂工人", 2 },
  { "仓库管理员", 2 },
  { "超市理货员", 2 },
  { "网约车司机", 2 },
  { "个体经营", 2 },
  { "质检员", 2 },
  { "叉车司机", 2 },
  { "油漆工", 2 },
  { "贴砖工", 2 },
  { "包装工", 2 },
  { "小吃店帮工", 2 },
  { "月嫂", 1 },
  { "塔吊司机", 1 },
  { "模具工", 1 },
  { "机修工", 1 },
  { "美发师", 1 },
  { "印刷厂工人", 1 },
};

static const Weighted guardian_jobs[] = {
  { "务农", 40 },
  { "无", 12 },
  { "打零工", 10 },
  { "家务", 5 },
  { "养殖", 4 },
  { "退休", 3 },
  { "个体（小卖部）", 3 },
  { "种植果树", 2 },
  { "茶农", 2 },
  { "建筑小工", 2 },
  { "保洁员", 2 },
  { "镇上餐馆帮工", 2 },
  { "村干部", 1 },
  { "乡村医生", 1 },
  { "退休教师", 1 },
};

static const char *const personalities[] = {
  "内向，话不多",
  "活泼开朗",
  "开朗，爱说爱笑",
  "文静，做事认真",
  "胆小，不敢在课堂上发言",
  "倔强，自尊心强",
  "懂事，能照顾弟弟妹妹",
  "好动，注意力不集中",
  "敏感，容易哭",
  "热心，乐于助人",
  "沉默寡言，不爱与人交流",
  "脾气急躁，容易与同学发生矛盾",
  "乖巧听话",
  "有些自卑，缺乏自信",
  "独立，生活自理能力强",
  "有些任性",
  "踏实稳重",
  "大方，喜欢交朋友",
  "腼腆，见到生人会脸红",
  "好强，不服输",
  "善良，有同情心",
  "贪玩，自控力较弱",
  "孤僻，常一个人待着",
  "乐观，爱笑",
  "细心，有责任心",
  "活泼好动，爱表现",
};

static const char *const interests[] = {
  "画画",
  "唱歌",
  "看课外书",
  "踢足球",
  "打篮球",
  "跳绳",
  "下象棋",
  "听故事",
  "折纸",
  "写作文",
  "养小动物",
  "跳舞",
  "做手工",
  "打乒乓球",
  "看动画片",
  "踢毽子",
  "种花",
  "练书法",
  "讲故事",
  "拼积木",
  "跑步",
  "打羽毛球",
  "背古诗",
  "观察昆虫",
  "做科学小实验",
  "玩魔方",
};

static const char *const talents[] = {
  "跳绳",
  "毛笔字",
  "硬笔书法",
  "绘画",
  "唱歌",
  "朗诵",
  "短跑",
  "长跑",
  "乒乓球",
  "舞蹈",
  "剪纸",
  "象棋",
  "口算",
  "作文",
  "篮球",
  "足球",
  "演讲",
  "吹竖笛",
  "葫芦丝",
  "口琴",
  "手工编织",
  "踢毽子",
  "讲故事",
  "魔方",
  "跳远",
  "武术",
  "打腰鼓",
};

static const Weighted child_health[] = {
  { "健康", 120 },
  { "良好", 40 },
  { "近视", 10 },
  { "轻度近视", 6 },
  { "过敏性鼻炎", 6 },
  { "体质较弱，易感冒", 6 },
  { "偏瘦", 4 },
  { "龋齿", 4 },
  { "偏胖", 3 },
  { "哮喘", 2 },
  { "轻度贫血", 2 },
  { "湿疹", 2 },
  { "青霉素过敏", 1 },
  { "癫痫，按时服药", 1 },
  { "先天性心脏病（已手术）", 1 },
  { "听力偏弱", 1 },
  { "斜视", 1 },
};

static const Weighted guardian_health[] = {
  { "健康", 20 },
  { "良好", 20 },
  { "一般", 15 },
  { "高血压", 10 },
  { "风湿性关节炎", 6 },
  { "腰椎间盘突出", 5 },
  { "糖尿病", 4 },
  { "慢性支气管炎", 4 },
  { "腿脚不便", 4 },
  { "冠心病", 3 },
  { "视力差", 3 },
  { "听力下降", 3 },
  { "胃病", 3 },
  { "慢性病，需长期服药", 3 },
  { "白内障", 2 },
  { "骨质增生", 2 },
  { "脑梗后遗症", 1 },
};

static const char *const hardships[] = {
  "爷爷常年卧病",
  "奶奶患慢性病，长期服药",
  "父母离异，父亲外出后很少寄钱回家",
  "母亲改嫁，由爷爷奶奶抚养",
  "家中房屋年久失修",
  "父亲在工地受伤，收入减少",
  "家中三个孩子上学，负担较重",
  "爷爷奶奶年迈，无劳动能力",
  "父亲患病，母亲一人外出打工",
  "父母打工收入不稳定",
  "去年遭受洪灾，庄稼绝收",
  "母亲残疾，无稳定收入",
  "家中因病欠有外债",
  "奶奶腿脚不便，家务靠孩子分担",
  "家中有残疾人需要照顾",
  "住房为土坯房，雨天漏水",
  "弟弟患重病，医疗花费大",
  "外婆一人照顾四个孙辈",
  "父亲去世，母亲外出务工",
  "脱贫不稳定户，列入防返贫监测",
  "父母在外收入低，很少回家",
};

static const Weighted aids[] = {
  { "两免一补", 10 },
  { "营养午餐", 10 },
  { "家庭经济困难寄宿生生活补助", 5 },
  { "国家助学金", 3 },
  { "低保", 4 },
  { "雨露计划", 2 },
  { "事实无人抚养儿童基本生活补贴", 1 },
  { "春蕾计划", 1 },
  { "希望工程助学金", 1 },
  { "县教育基金会助学金", 2 },
  { "爱心企业资助", 1 },
  { "爱心人士结对资助", 1 },
  { "学校困难补助", 2 },
  { "临时救助", 1 },
};

/* A monthly talk as a class teacher writes it, a few sentences each. The
 * placeholders are filled from the child's file, so a note never says 她
 * of a boy or sends a father to a city his card does not name:
 *   {TA}          the child: 他 or 她
 *   {GUARDIAN}    what the child calls the guardian: 奶奶, 外公, 妈妈 …
 *   {PARENTS}     who works away: 爸爸, 妈妈 or 爸爸妈妈
 *   {PARENT}      one parent who works away (the father if both do)
 *   {CITY}        where that parent works, as the card says
 * A note whose facts a child's file lacks gives way to the next one. */
typedef enum
{
  NEEDS_NOTHING    = 0,
  NEEDS_AWAY       = 1 << 0,  /* a parent works away */
  NEEDS_BOARDING   = 1 << 1,
  NEEDS_GRANDPARENT = 1 << 2, /* the guardian is a grandparent */
  NEEDS_BLOOD_PRESSURE = 1 << 3, /* the guardian's health says 高血压 */
} Needs;

typedef struct
{
  Needs       needs;
  const char *text;
} TalkTemplate;

static const TalkTemplate talk_templates[] = {
  { NEEDS_AWAY, "孩子说{PARENTS}过年回来只待了七天，走的那天{TA}躲在屋里哭了。最近常常想{PARENTS}，上课有时走神。"
    "我告诉{TA}可以在亲情电话时间给{PARENTS}打电话，也可以把想说的话写在日记里。" },
  { 0, "聊了这个月的学习情况，数学单元测验只考了62分，{TA}自己也很着急。"
    "我们一起看了试卷，错题主要是计算粗心，约定每天订正错题后拿给我看。" },
  { 0, "{TA}说和同桌因为一块橡皮吵了架，两天没说话了。我引导{TA}换位思考，{TA}答应主动去和同桌和好。" },
  { 0, "{GUARDIAN}前几天住院了，孩子这周自己做饭、洗衣服，作业没按时完成。"
    "我联系了{TA}的亲戚帮忙照看，也告诉孩子遇到困难要及时告诉老师。" },
  { 0, "孩子周末在家玩手机时间太长，{GUARDIAN}管不住。"
    "我和{TA}约定周末玩手机不超过一小时，并请{GUARDIAN}帮忙监督。" },
  { NEEDS_AWAY, "{PARENT}上周打电话说暑假接{TA}去{CITY}，{TA}很开心，这个月学习明显主动了。"
    "我鼓励{TA}把自己的进步写在信里告诉{PARENT}。" },
  { 0, "{TA}说班上有同学笑{TA}穿的衣服旧，心里很难过。"
    "我安慰了{TA}，告诉{TA}朴素不丢人，并在班上开了一次关于尊重他人的小班会。" },
  { 0, "孩子说晚上一个人睡有点害怕，{GUARDIAN}睡得早。"
    "我教了{TA}几个放松的方法，建议睡前和{GUARDIAN}聊聊天，门窗要锁好。" },
  { 0, "这个月{TA}的作业完成得很好，字也比以前工整多了。我当面表扬了{TA}，{TA}说想当班里的小组长。" },
  { NEEDS_GRANDPARENT, "谈到将来的理想，{TA}说想当医生，因为{GUARDIAN}身体不好。我鼓励{TA}从现在开始打好基础，多看科普书。" },
  { NEEDS_AWAY, "孩子最近不爱说话，问了很久才说{PARENTS}在电话里常叹气，{TA}担心家里出了事。"
    "我耐心开导了{TA}，准备和{TA}的{PARENT}通一次电话了解情况。" },
  { NEEDS_BOARDING, "{TA}这学期开始寄宿，不习惯学校的作息，晚上常想家。"
    "我带{TA}熟悉了宿舍生活，请生活老师多关照，约好每周三去留守儿童之家给家里打电话。" },
  { 0, "天气转凉了，孩子还穿着单衣。问了才知道{GUARDIAN}没找出厚衣服，"
    "我当天给{GUARDIAN}打了电话，并从学校爱心衣物里给{TA}找了一件外套。" },
  { 0, "{TA}这个月参加了学校的跳绳比赛，得了年级第二名，非常高兴。我们聊了坚持锻炼的好处，{TA}想报名参加校队训练。" },
  { 0, "孩子说放学路上有高年级同学向{TA}要零花钱。我立刻核实情况并报告了政教处，"
    "同时告诉{TA}遇到这种事要第一时间告诉老师和家长。" },
  { NEEDS_AWAY, "{TA}说{PARENT}很久没打电话了，有点生气。我帮{TA}分析{PARENT}在外经常加班很辛苦，建议{TA}主动给{PARENT}写一封信。" },
  { 0, "聊了和{GUARDIAN}相处的情况，孩子觉得{GUARDIAN}管得太严，动不动就骂人。"
    "我和{TA}谈了{GUARDIAN}的良苦用心，也打算家访时和{GUARDIAN}沟通教育方法。" },
  { 0, "孩子这个月语文进步很大，单元测试考了89分。我肯定了{TA}的努力，提醒{TA}数学还要多练习，不会的题可以问小老师。" },
  { 0, "{TA}上课经常打瞌睡，原来是晚上在家看电视到十一点多。"
    "我和{TA}讲了睡眠对身体和学习的重要性，并和{GUARDIAN}约定晚上九点前睡觉。" },
  { NEEDS_AWAY, "孩子说快过生日了，希望{PARENTS}能回来。我告诉{TA}学校这个月会给本月过生日的同学办生日会，{TA}很期待。" },
  { 0, "{TA}说班上的好朋友转学了，现在下课没人一起玩。我鼓励{TA}参加兴趣小组，多认识新朋友。" },
  { 0, "孩子周末帮{GUARDIAN}干农活，手上磨出了水泡，但没有耽误学习。我表扬了{TA}懂事，也提醒{TA}注意安全，量力而行。" },
  { 0, "{TA}说暑假想去河里游泳。我重点讲了防溺水安全知识，让{TA}记住“六不”要求，并回家讲给{GUARDIAN}听。" },
  { 0, "孩子这个月和同学打了一架，原因是对方说{TA}“没人管”。"
    "我分别找两人谈了话，让他们互相道歉，并在班上强调不许拿留守同学开玩笑。" },
  { NEEDS_AWAY, "聊到{PARENTS}在外打工，{TA}说知道{PARENTS}很辛苦，想快点长大帮家里分担。"
    "我告诉{TA}现在最好的分担就是照顾好自己、认真学习。" },
  { 0, "孩子最近看黑板总眯着眼睛，视力下降明显。我把{TA}的座位调到了前排，并通知家长带{TA}去配眼镜。" },
  { NEEDS_AWAY, "{TA}最近迷上了手机游戏，晚上偷偷玩到很晚。我和{TA}一起分析了沉迷游戏的危害，"
    "{TA}答应把手机交给{GUARDIAN}保管，只在周末用来给{PARENTS}打电话。" },
  { 0, "这次期中考试{TA}退步了十几名，情绪很低落。我和{TA}一起分析了试卷，找到失分原因，帮{TA}订了一个复习计划。" },
  { NEEDS_AWAY, "孩子说这次亲情电话里{PARENT}答应过年给{TA}带新书包，{TA}很高兴，话也多了。我趁机鼓励{TA}在课堂上多举手发言。" },
  { 0, "{TA}这周感冒发烧，{GUARDIAN}带{TA}去了镇卫生院，现在已经好转。我叮嘱{TA}按时吃药、多喝水，落下的课安排同学帮{TA}补上。" },
  { NEEDS_GRANDPARENT | NEEDS_BLOOD_PRESSURE, "孩子说{GUARDIAN}最近血压高，常头晕，{TA}放学后要帮忙做饭。"
    "我了解后请村医上门看了看，也提醒{TA}作业可以在学校午休时先写一部分。" },
};

/* The sample school drew one of 31 notes a talk before notes were
 * filled in: the same count keeps every later draw, and so every child,
 * the same. */
G_STATIC_ASSERT (G_N_ELEMENTS (talk_templates) == 31);

/* The notes filled in for no child in particular, for
 * haven_sample_data_pick (HAVEN_SAMPLE_TALK_CONTENT). */
static const char *talk_contents[G_N_ELEMENTS (talk_templates)];

/* The other notes of a child's records, filled like the talks. */
static const TalkTemplate mentor_talk_notes[] = {
  { 0, "这周陪{TA}读了半小时课外书，{TA}能把故事复述出来了。" },
  { 0, "检查了{TA}这周的作业，有两道应用题不会，当面讲懂了。" },
  { 0, "{TA}说这周在学校和同学玩得很开心，情绪稳定。" },
  { 0, "一起整理了书包和课桌，教{TA}按课程表准备学习用品。" },
  { NEEDS_AWAY, "{TA}说很想{PARENTS}，我陪{TA}写了一段想对{PARENTS}说的话。" },
  { 0, "{TA}这周数学小测验进步了，表扬了{TA}，约定继续每天订正错题。" },
  { 0, "聊了周末在家的安排，{TA}说会帮{GUARDIAN}做家务，也会按时写作业。" },
  { 0, "{TA}这周有点感冒，提醒{TA}多喝水、注意保暖。" },
  { 0, "和{TA}一起练了跳绳，{TA}一分钟能跳120下了，很有成就感。" },
  { 0, "{TA}说同桌借了{TA}的橡皮没还，我引导{TA}自己去好好说。" },
  { 0, "讲了防溺水和交通安全，{TA}能说出放学路上要注意的地方。" },
  { 0, "{TA}这周按时完成了作业，字写得比上周工整，奖励了一张小贴画。" },
};

static const TalkTemplate family_call_notes[] = {
  { NEEDS_AWAY, "和{PARENT}聊了学习，{PARENT}叮嘱{TA}听{GUARDIAN}的话。" },
  { NEEDS_AWAY, "{TA}告诉{PARENT}这次测验进步了，{PARENT}很高兴。" },
  { NEEDS_AWAY, "{PARENT}问了{TA}的身体和吃饭情况，答应过年回来。" },
  { NEEDS_AWAY, "{TA}说了想{PARENT}，电话里哭了，挂电话后安慰了一会儿。" },
  { NEEDS_AWAY, "{PARENT}在{CITY}加班，只聊了几分钟，约好下周再打。" },
  { NEEDS_AWAY, "{TA}给{PARENT}讲了学校的生日会，说得很开心。" },
  { 0, "{TA}在电话里说了这个月的学习和生活，聊得很开心。" },
};

static const TalkTemplate guardian_contact_notes[] = {
  { 0, "电话联系{GUARDIAN}，了解{TA}在家按时写作业，周末有时看电视太久。" },
  { 0, "{GUARDIAN}来校接孩子时交流了几句，反映{TA}在家比较听话。" },
  { 0, "和{GUARDIAN}沟通了{TA}这个月的学习情况，请{GUARDIAN}督促早睡。" },
  { 0, "提醒{GUARDIAN}天气转凉给{TA}添衣服，{GUARDIAN}表示会注意。" },
  { 0, "{GUARDIAN}说{TA}最近回家话少，约好在校多留意{TA}的情绪。" },
  { 0, "向{GUARDIAN}讲了假期防溺水的要求，请{GUARDIAN}看好孩子。" },
};

static const TalkTemplate home_visit_notes[] = {
  { 0, "到家中走访，{GUARDIAN}在家。家里收拾得比较整齐，{TA}有自己的书桌。"
    "和{GUARDIAN}交流了{TA}在校表现，请{GUARDIAN}每天检查作业。" },
  { 0, "家访时{TA}正在帮{GUARDIAN}做饭，懂事能干。{GUARDIAN}年纪大了辅导不了作业，"
    "约定{TA}放学后在留守儿童之家写完作业再回家。" },
  { NEEDS_AWAY, "家访了解到{PARENTS}在{CITY}打工，一年回来一次。{GUARDIAN}说{TA}很想{PARENTS}，"
    "我建议每周给{PARENTS}打一次电话。" },
  { 0, "走访家庭，查看了用电用火安全，讲了防溺水知识。{GUARDIAN}对学校的关心表示感谢。" },
};

static const TalkTemplate good_news_notes[] = {
  { 0, "{TA}在学校跳绳比赛中获得年级第二名。" },
  { 0, "{TA}被评为本月“文明小标兵”。" },
  { 0, "{TA}的画《我的家》在“我的家”绘画比赛中获三等奖。" },
  { 0, "{TA}这个月作业全部按时完成，被老师在班上表扬。" },
  { 0, "{TA}在国庆主题班会上朗诵了诗歌，表现大方。" },
  { 0, "{TA}主动帮助同学补课，被评为“互助之星”。" },
};

static const TalkTemplate letter_notes[] = {
  { NEEDS_AWAY, "亲爱的{PARENTS}：你们在{CITY}还好吗？我在学校很好，老师和同学都很关心我。"
    "这次考试我进步了，希望你们过年早点回来。" },
  { 0, "亲爱的{GUARDIAN}：谢谢您每天给我做饭、送我上学。我会好好学习，不让您操心。" },
  { NEEDS_AWAY, "{PARENTS}：中秋节快到了，学校给我们发了月饼，我想和你们一起吃。我会听{GUARDIAN}的话。" },
};

static const TalkTemplate plan_situation_notes[] = {
  { 0, "本学期成绩下滑明显，作业经常不交，上课注意力不集中。" },
  { 0, "性格内向，近来不愿与人交流，常一个人发呆。" },
  { 0, "多次与同学发生冲突，情绪容易激动。" },
  { NEEDS_AWAY, "{PARENTS}长期在外，{GUARDIAN}年老管不住，沉迷手机游戏。" },
  { 0, "有厌学情绪，两次无故迟到早退。" },
};

static const TalkTemplate plan_goal_notes[] = {
  { 0, "一学期内能按时完成作业，期末数学、语文及格。" },
  { 0, "情绪稳定，愿意主动和老师、同学交流，每周至少一次。" },
  { 0, "学期内不再与同学打架，学会用语言解决矛盾。" },
  { 0, "每天玩手机不超过一小时，养成按时睡觉的习惯。" },
  { 0, "不迟到早退，积极参加班级和学校活动。" },
};

static const TalkTemplate plan_measure_notes[] = {
  { 0, "班主任每周谈心一次；学习小老师每天帮助检查作业；每两周与{GUARDIAN}电话沟通一次。" },
  { 0, "心理老师每两周个别辅导一次；安排参加兴趣小组；班会开展同伴互助。" },
  { NEEDS_AWAY, "每月组织一次与{PARENTS}的视频通话；家访一次，指导{GUARDIAN}教育方法。" },
  { 0, "放学后在留守儿童之家写作业，由值班老师辅导；建立进步记录，及时表扬。" },
};

static const TalkTemplate plan_review_notes[] = {
  { 0, "作业基本能按时完成，上课走神减少，继续执行计划。" },
  { 0, "情绪比以前稳定，愿意和同桌交流，效果较好。" },
  { 0, "本阶段进步不明显，调整措施：增加谈心次数，请{GUARDIAN}配合。" },
  { 0, "与同学的矛盾减少，本月没有打架，予以表扬。" },
};

typedef struct
{
  const TalkTemplate *templates;
  guint               n_templates;
} NoteTable;

#define NOTES(a) { (a), G_N_ELEMENTS (a) }

static const NoteTable note_tables[HAVEN_SAMPLE_N_NOTES] = {
  [HAVEN_SAMPLE_NOTE_MENTOR_TALK] = NOTES (mentor_talk_notes),
  [HAVEN_SAMPLE_NOTE_FAMILY_CALL] = NOTES (family_call_notes),
  [HAVEN_SAMPLE_NOTE_GUARDIAN_CONTACT] = NOTES (guardian_contact_notes),
  [HAVEN_SAMPLE_NOTE_HOME_VISIT] = NOTES (home_visit_notes),
  [HAVEN_SAMPLE_NOTE_GOOD_NEWS] = NOTES (good_news_notes),
  [HAVEN_SAMPLE_NOTE_LETTER] = NOTES (letter_notes),
  [HAVEN_SAMPLE_NOTE_PLAN_SITUATION] = NOTES (plan_situation_notes),
  [HAVEN_SAMPLE_NOTE_PLAN_GOAL] = NOTES (plan_goal_notes),
  [HAVEN_SAMPLE_NOTE_PLAN_MEASURE] = NOTES (plan_measure_notes),
  [HAVEN_SAMPLE_NOTE_PLAN_REVIEW] = NOTES (plan_review_notes),
};

#undef NOTES

static const char *const talk_problems[] = {
  "思念父母，情绪低落",
  "学习成绩下滑",
  "作业不能按时完成",
  "上课注意力不集中",
  "与同学发生矛盾",
  "沉迷手机游戏",
  "性格内向，不愿与人交流",
  "监护人年纪大，无法辅导作业",
  "生活自理能力差",
  "个人卫生习惯不好",
  "缺乏安全意识，有私自下河游泳的想法",
  "自卑心理较重",
  "与监护人沟通少，关系紧张",
  "睡眠不足，上课打瞌睡",
  "零花钱乱花，常买零食",
  "有厌学情绪",
  "父母长时间不联系孩子",
  "偏科严重，数学基础差",
  "说谎，逃避批评",
  "冬衣不足",
  "视力下降",
  "受到高年级同学欺负",
  "脾气暴躁，容易冲动",
};

static const char *const talk_measures[] = {
  "安排每周一次亲情电话",
  "指定学习小老师结对辅导",
  "家访，与监护人沟通教育方法",
  "联系家长，请家长多打电话关心孩子",
  "调整座位，课堂上多提问多鼓励",
  "安排参加兴趣小组活动",
  "请心理老师进行个别辅导",
  "每天检查作业完成情况",
  "与孩子约定手机使用时间",
  "在班会上开展同伴互助教育",
  "发放爱心衣物",
  "帮助申请困难补助",
  "教给孩子基本的生活技能",
  "开展防溺水和交通安全教育",
  "建立成长记录，及时表扬进步",
  "安排放学后在留守儿童之家写作业",
  "联系村委会和镇妇联共同关注",
  "给家长写信反映孩子情况",
  "课后留校辅导薄弱学科",
  "通知家长带孩子就医配镜",
  "引导孩子写亲情日记",
  "报告政教处，由班主任跟踪处理",
};

static const char *const plan_contents[] = {
  "每周谈心一次，了解学习、生活和情绪情况",
  "每周二、四课后辅导数学作业",
  "每月家访一次，与爷爷奶奶交流孩子在校表现",
  "指导孩子每天阅读半小时课外书",
  "督促孩子养成按时完成作业的习惯",
  "每月陪孩子给父母打一次亲情电话",
  "鼓励孩子参加学校兴趣小组和集体活动",
  "教孩子整理书包、洗衣服等生活技能",
  "针对英语薄弱，每周听写两次单词",
  "定期与家长视频通话，反馈孩子表现",
  "关注孩子心理变化，发现问题及时疏导",
  "结对小老师每天帮助检查作业",
  "生日时送上生日贺卡和小礼物",
  "节假日前开展安全教育，重点强调防溺水",
  "每两周检查一次作业本和错题本",
  "帮助孩子制订学期学习计划",
  "引导孩子每周写一篇亲情日记",
  "从留守儿童之家借阅图书，每月交流读书心得",
};

static const char *const plan_goals[] = {
  "学习成绩稳步提高，期末数学及格",
  "能按时独立完成作业",
  "性格变得开朗，愿意与同学交流",
  "养成良好的生活和卫生习惯",
  "减少玩手机时间，不沉迷游戏",
  "与父母沟通增多，亲子关系改善",
  "增强安全意识，学期内无安全事故",
  "树立学习信心，敢于在课堂上发言",
  "情绪稳定，想念父母时能主动倾诉",
  "能和同学友好相处，不再打架",
  "掌握基本的生活自理技能",
  "语文成绩提高10分以上",
  "积极参加集体活动，融入班集体",
  "每月至少读完一本课外书",
  "书写工整，阅读能力明显提高",
  "监护人能配合学校督促孩子学习",
};

static const char *const check_notes[] = {
  "本月谈心四次，孩子情绪稳定，作业基本能按时完成。",
  "单元测验数学78分，比上次提高12分，继续巩固。",
  "家访了解到孩子在家能主动帮奶奶做家务，表现良好。",
  "玩手机时间有所减少，但周末仍偶有超时，需继续督促。",
  "孩子上课发言比以前积极，与同桌关系融洽。",
  "本阶段效果不明显，孩子仍有厌学情绪，调整帮扶方法，增加谈心次数。",
  "错题本坚持记录，计算错误明显减少。",
  "孩子主动给妈妈写了一封信，亲子沟通有改善。",
  "期中考试进步8名，已在班上表扬。",
  "卫生习惯有进步，衣物整洁，能自己洗袜子。",
  "与监护人电话沟通一次，爷爷反映孩子在家比较听话。",
  "参加了学校跳绳兴趣小组，性格开朗了不少。",
  "本月因病请假三天，落下的课已由小老师帮助补上。",
  "与同学之间的矛盾已化解，近期没有再发生冲突。",
  "阅读量增加，本月读完两本课外书并写了读后感。",
  "帮扶目标基本达成，下阶段重点放在英语学习上。",
};

static const Weighted places[] = {
  { "留守儿童之家", 8 },
  { "学校多功能厅", 4 },
  { "操场", 4 },
  { "各班教室", 4 },
  { "学校会议室", 3 },
  { "学校阅览室", 3 },
  { "心理辅导室", 3 },
  { "乡村学校少年宫", 2 },
  { "音乐教室", 2 },
  { "美术教室", 2 },
  { "学校食堂", 2 },
  { "计算机教室", 1 },
  { "村文化活动室", 1 },
  { "镇文化站", 1 },
};

static const char *const volunteer_orgs[] = {
  "县妇联志愿者",
  "团县委青年志愿者",
  "镇卫生院医护人员",
  "大学生志愿者",
  "师范学院支教团",
  "县关工委“五老”志愿者",
  "镇派出所民警",
  "县消防救援大队",
  "县人民法院法官",
  "县检察院检察官",
  "县心理咨询师协会",
  "镇妇联",
  "县图书馆志愿者",
  "县红十字会志愿者",
  "爱心企业员工",
  "村妇女之家",
};

#define UNIFORM(a)  { (a), NULL, G_N_ELEMENTS (a) }
#define WEIGHTED(a) { NULL, (a), G_N_ELEMENTS (a) }

static const SampleTable tables[HAVEN_SAMPLE_N_LISTS] = {
  [HAVEN_SAMPLE_VILLAGE]            = UNIFORM (villages),
  [HAVEN_SAMPLE_PARENT_JOB]         = WEIGHTED (parent_jobs),
  [HAVEN_SAMPLE_GUARDIAN_JOB]       = WEIGHTED (guardian_jobs),
  [HAVEN_SAMPLE_PERSONALITY]        = UNIFORM (personalities),
  [HAVEN_SAMPLE_INTEREST]           = UNIFORM (interests),
  [HAVEN_SAMPLE_TALENT]             = UNIFORM (talents),
  [HAVEN_SAMPLE_HEALTH]             = WEIGHTED (child_health),
  [HAVEN_SAMPLE_GUARDIAN_HEALTH]    = WEIGHTED (guardian_health),
  [HAVEN_SAMPLE_HARDSHIP]           = UNIFORM (hardships),
  [HAVEN_SAMPLE_AID]                = WEIGHTED (aids),
  [HAVEN_SAMPLE_TALK_CONTENT]       = UNIFORM (talk_contents),
  [HAVEN_SAMPLE_TALK_PROBLEM]       = UNIFORM (talk_problems),
  [HAVEN_SAMPLE_TALK_MEASURE]       = UNIFORM (talk_measures),
  [HAVEN_SAMPLE_PLAN_CONTENT]       = UNIFORM (plan_contents),
  [HAVEN_SAMPLE_PLAN_GOAL]          = UNIFORM (plan_goals),
  [HAVEN_SAMPLE_CHECK_NOTE]         = UNIFORM (check_notes),
  [HAVEN_SAMPLE_PLACE]              = WEIGHTED (places),
  [HAVEN_SAMPLE_VOLUNTEER_NAME_ORG] = UNIFORM (volunteer_orgs),
};

#undef UNIFORM
#undef WEIGHTED

/* ------------------------------------------------------------------------
 * Picking
 * ------------------------------------------------------------------------ */

/* The weight totals are summed once, on first use, so a weighted pick costs
 * one random number and a short walk. */
static guint list_totals[HAVEN_SAMPLE_N_LISTS];
static guint surname_total;
static guint employer_total;
static guint prefix_total;

static guint
sum_weights (const Weighted *entries,
             guint           n_entries)
{
  guint total = 0;

  for (guint i = 0; i < n_entries; i++)
    total += entries[i].weight;

  return total;
}

static char *fill_template (const char             *text,
                            const HavenSampleFacts *facts);

static const HavenSampleFacts neutral_facts = {
  TRUE, FALSE, TRUE, TRUE, "深圳", "深圳", HAVEN_RELATIONSHIP_GRANDMOTHER, FALSE, "健康",
};

static void
ensure_totals (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < HAVEN_SAMPLE_N_LISTS; i++)
        {
          if (tables[i].weighted != NULL)
            list_totals[i] = sum_weights (tables[i].weighted, tables[i].n_items);
        }

      surname_total = sum_weights (surnames, G_N_ELEMENTS (surnames));
      prefix_total = sum_weights (mobile_prefixes, G_N_ELEMENTS (mobile_prefixes));

      for (guint i = 0; i < G_N_ELEMENTS (employers); i++)
        employer_total += employers[i].weight;

      /* For no child in particular: a boy, both parents away in 深圳, the
       * grandmother at home. */
      for (guint i = 0; i < G_N_ELEMENTS (talk_templates); i++)
        talk_contents[i] = fill_template (talk_templates[i].text, &neutral_facts);

      g_once_init_leave (&initialized, 1);
    }
}

static const char *
pick_uniform (GRand             *rand,
              const char *const *items,
              guint              n_items)
{
  g_assert (n_items > 0);

  return items[g_rand_int_range (rand, 0, (gint32) n_items)];
}

static const char *
pick_weighted (GRand          *rand,
               const Weighted *entries,
               guint           n_entries,
               guint           total)
{
  guint32 r;

  g_assert (n_entries > 0);
  g_assert (total > 0);

  r = (guint32) g_rand_int_range (rand, 0, (gint32) total);

  for (guint i = 0; i < n_entries; i++)
    {
      if (r < entries[i].weight)
        return entries[i].text;
      r -= entries[i].weight;
    }

  g_assert_not_reached ();
  return entries[0].text;
}

const char *
haven_sample_data_pick (GRand           *rand,
                        HavenSampleList  list)
{
  const SampleTable *table;

  g_return_val_if_fail (rand != NULL, NULL);
  g_return_val_if_fail ((guint) list < HAVEN_SAMPLE_N_LISTS, NULL);

  ensure_totals ();

  table = &tables[list];
  if (table->weighted != NULL)
    return pick_weighted (rand, table->weighted, table->n_items, list_totals[list]);

  return pick_uniform (rand, table->uniform, table->n_items);
}

const char *
haven_sample_data_guardian_word (int      relationship,
                                 gboolean male)
{
  switch (relationship)
    {
    case HAVEN_RELATIONSHIP_GRANDFATHER:          return "爷爷";
    case HAVEN_RELATIONSHIP_GRANDMOTHER:          return "奶奶";
    case HAVEN_RELATIONSHIP_MATERNAL_GRANDFATHER: return "外公";
    case HAVEN_RELATIONSHIP_MATERNAL_GRANDMOTHER: return "外婆";
    case HAVEN_RELATIONSHIP_FATHER:               return "爸爸";
    case HAVEN_RELATIONSHIP_MOTHER:               return "妈妈";
    case HAVEN_RELATIONSHIP_UNCLE_AUNT:           return male ? "叔叔" : "姑姑";
    case HAVEN_RELATIONSHIP_SIBLING:              return male ? "哥哥" : "姐姐";
    case HAVEN_RELATIONSHIP_RELATIVE:             return male ? "伯伯" : "婶婶";
    case HAVEN_RELATIONSHIP_NEIGHBOUR:            return "邻居";
    default:                                      return "监护人";
    }
}

static gboolean
is_grandparent (int relationship)
{
  return relationship == HAVEN_RELATIONSHIP_GRANDFATHER || relationship == HAVEN_RELATIONSHIP_GRANDMOTHER
         || relationship == HAVEN_RELATIONSHIP_MATERNAL_GRANDFATHER
         || relationship == HAVEN_RELATIONSHIP_MATERNAL_GRANDMOTHER;
}

static gboolean
fits (Needs                   needs,
      const HavenSampleFacts *facts)
{
  if ((needs & NEEDS_AWAY) && !facts->father_away && !facts->mother_away)
    return FALSE;
  if ((needs & NEEDS_BOARDING) && !facts->boarding)
    return FALSE;
  if ((needs & NEEDS_GRANDPARENT) && !is_grandparent (facts->guardian))
    return FALSE;
  if ((needs & NEEDS_BLOOD_PRESSURE)
      && (facts->guardian_health == NULL || strstr (facts->guardian_health, "高血压") == NULL))
    return FALSE;
  return TRUE;
}

static char *
fill_template (const char             *text,
               const HavenSampleFacts *facts)
{
  gboolean both = facts->father_away && facts->mother_away;
  gboolean father = facts->father_away || !facts->mother_away;
  const char *parents = both ? "爸爸妈妈" : father ? "爸爸" : "妈妈";
  const char *city = father ? facts->father_city : facts->mother_city;
  const struct
  {
    const char *token;
    const char *value;
  } fills[] = {
    { "{TA}", facts->male ? "他" : "她" },
    { "{GUARDIAN}", haven_sample_data_guardian_word (facts->guardian, facts->guardian_male) },
    { "{PARENTS}", parents },
    { "{PARENT}", father ? "爸爸" : "妈妈" },
    { "{CITY}", city != NULL && *city != '\0' ? city : "外地" },
  };
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0';)
    {
      gboolean filled = FALSE;

      if (*p == '{')
        for (guint i = 0; i < G_N_ELEMENTS (fills); i++)
          if (g_str_has_prefix (p, fills[i].token))
            {
              g_string_append (out, fills[i].value);
              p += strlen (fills[i].token);
              filled = TRUE;
              break;
            }
      if (!filled)
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* The drawn template, or the next one after it that fits the facts. */
static char *
fill_drawn (GRand                  *rand,
            const TalkTemplate     *templates,
            guint                   n,
            const HavenSampleFacts *facts)
{
  guint drawn = (guint) g_rand_int_range (rand, 0, (gint32) n);

  for (guint i = 0; i < n; i++)
    {
      const TalkTemplate *t = &templates[(drawn + i) % n];

      if (fits (t->needs, facts))
        return fill_template (t->text, facts);
    }
  /* Every table has notes that need nothing: this is never reached. */
  g_return_val_if_reached (g_strdup (""));
}

char *
haven_sample_data_talk_content (GRand                  *rand,
                                const HavenSampleFacts *facts)
{
  g_return_val_if_fail (rand != NULL, NULL);
  g_return_val_if_fail (facts != NULL, NULL);

  return fill_drawn (rand, talk_templates, G_N_ELEMENTS (talk_templates), facts);
}

char *
haven_sample_data_note (GRand                  *rand,
                        HavenSampleNote         note,
                        const HavenSampleFacts *facts)
{
  g_return_val_if_fail (rand != NULL, NULL);
  g_return_val_if_fail ((guint) note < HAVEN_SAMPLE_N_NOTES, NULL);
  g_return_val_if_fail (facts != NULL, NULL);

  return fill_drawn (rand, note_tables[note].templates, note_tables[note].n_templates, facts);
}

const char * const *
haven_sample_data_cities (void)
{
  static const char **cities;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      GPtrArray *list = g_ptr_array_new ();

      for (guint i = 0; i < G_N_ELEMENTS (employers); i++)
        if (list->len == 0 || !g_str_equal (g_ptr_array_index (list, list->len - 1), employers[i].city))
          g_ptr_array_add (list, (gpointer) employers[i].city);
      g_ptr_array_add (list, NULL);
      cities = (const char **) g_ptr_array_free (list, FALSE);
      g_once_init_leave (&initialized, 1);
    }
  return cities;
}

const char *
haven_sample_data_surname (GRand *rand)
{
  g_return_val_if_fail (rand != NULL, NULL);

  ensure_totals ();

  return pick_weighted (rand, surnames, G_N_ELEMENTS (surnames), surname_total);
}

/* About one child in four has a one-character given name. */
#define SINGLE_NAME_PERCENT 25
/* Among girls' two-character names, this share are doubled (婷婷). */
#define DOUBLED_NAME_PERCENT 6

char *
haven_sample_data_given_name (GRand    *rand,
                              gboolean  male)
{
  const char *first;
  const char *second;

  g_return_val_if_fail (rand != NULL, NULL);

  if (g_rand_int_range (rand, 0, 100) < SINGLE_NAME_PERCENT)
    {
      if (male)
        return g_strdup (pick_uniform (rand, boy_single, G_N_ELEMENTS (boy_single)));
      return g_strdup (pick_uniform (rand, girl_single, G_N_ELEMENTS (girl_single)));
    }

  if (!male && g_rand_int_range (rand, 0, 100) < DOUBLED_NAME_PERCENT)
    {
      first = pick_uniform (rand, girl_doubled, G_N_ELEMENTS (girl_doubled));
      return g_strconcat (first, first, NULL);
    }

  if (male)
    first = pick_uniform (rand, boy_first, G_N_ELEMENTS (boy_first));
  else
    first = pick_uniform (rand, girl_first, G_N_ELEMENTS (girl_first));

  /* A repeated character (浩浩, 静静) reads as a nickname, so draw the
   * second one again; the lists are long enough for this to end quickly. */
  do
    {
      if (male)
        second = pick_uniform (rand, boy_second, G_N_ELEMENTS (boy_second));
      else
        second = pick_uniform (rand, girl_second, G_N_ELEMENTS (girl_second));
    }
  while (strcmp (first, second) == 0);

  return g_strconcat (first, second, NULL);
}

void
haven_sample_data_workplace (GRand       *rand,
                             const char **city,
                             const char **employer,
                             const char **employer_address)
{
  const Employer *picked = NULL;
  guint32 r;

  g_return_if_fail (rand != NULL);

  ensure_totals ();

  r = (guint32) g_rand_int_range (rand, 0, (gint32) employer_total);
  for (guint i = 0; i < G_N_ELEMENTS (employers); i++)
    {
      if (r < employers[i].weight)
        {
          picked = &employers[i];
          break;
        }
      r -= employers[i].weight;
    }

  g_assert (picked != NULL);

  if (city != NULL)
    *city = picked->city;
  if (employer != NULL)
    *employer = picked->name;
  if (employer_address != NULL)
    *employer_address = picked->address;
}

char *
haven_sample_data_mobile (GRand *rand)
{
  const char *prefix;
  gint32 subscriber;

  g_return_val_if_fail (rand != NULL, NULL);

  ensure_totals ();

  prefix = pick_weighted (rand, mobile_prefixes, G_N_ELEMENTS (mobile_prefixes),
                          prefix_total);
  subscriber = g_rand_int_range (rand, 0, 100000000);

  return g_strdup_printf ("%s%08d", prefix, (int) subscriber);
}

/* Reads "YYYY-MM-DD" into digits[8] as "YYYYMMDD", checking it is a real
 * calendar date. */
static gboolean
parse_birth_date (const char *birth_date,
                  char        digits[8])
{
  static const guint8 positions[8] = { 0, 1, 2, 3, 5, 6, 8, 9 };
  int year;
  int month;
  int day;

  if (strlen (birth_date) != 10 || birth_date[4] != '-' || birth_date[7] != '-')
    return FALSE;

  for (guint i = 0; i < 8; i++)
    {
      char c = birth_date[positions[i]];

      if (!g_ascii_isdigit (c))
        return FALSE;
      digits[i] = c;
    }

  year = g_ascii_digit_value (digits[0]) * 1000 + g_ascii_digit_value (digits[1]) * 100
         + g_ascii_digit_value (digits[2]) * 10 + g_ascii_digit_value (digits[3]);
  month = g_ascii_digit_value (digits[4]) * 10 + g_ascii_digit_value (digits[5]);
  day = g_ascii_digit_value (digits[6]) * 10 + g_ascii_digit_value (digits[7]);

  return year >= 1 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits. */
static char
resident_id_check_char (const char *id17)
{
  static const guint8 weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char map[11] = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
  guint sum = 0;

  for (guint i = 0; i < 17; i++)
    sum += (guint) g_ascii_digit_value (id17[i]) * weights[i];

  return map[sum % 11];
}

char *
haven_sample_data_resident_id (GRand      *rand,
                               const char *birth_date,
                               gboolean    male)
{
  char date[8];
  char id[19];
  const char *county;
  int sequence;
  int sex_digit;

  g_return_val_if_fail (rand != NULL, NULL);
  g_return_val_if_fail (birth_date != NULL, NULL);
  g_return_val_if_fail (parse_birth_date (birth_date, date), NULL);

  county = pick_uniform (rand, county_codes, G_N_ELEMENTS (county_codes));

  /* The order code: two free digits, then a last one that is odd for a man
   * and even for a woman. "000" is never issued. */
  sequence = g_rand_int_range (rand, 0, 100);
  sex_digit = g_rand_int_range (rand, 0, 5) * 2 + (male ? 1 : 0);
  if (sequence == 0 && sex_digit == 0)
    sex_digit = 2;

  memcpy (id, county, 6);
  memcpy (id + 6, date, 8);
  id[14] = (char) ('0' + sequence / 10);
  id[15] = (char) ('0' + sequence % 10);
  id[16] = (char) ('0' + sex_digit);
  id[17] = resident_id_check_char (id);
  id[18] = '\0';

  return g_strdup (id);
}
