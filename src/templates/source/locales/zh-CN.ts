/**
 * Simplified Chinese: written for readers in mainland China, in the polite 您 form, with the
 * usual terms (视频问诊, 预约页面, 确认邮件, 入会链接, 虚拟等候室, 一对一), the same in every industry
 * (and on the FAQ page), and full-width punctuation. Latin words and numbers (Microsoft Teams,
 * phone numbers) touch the Chinese characters with no space: PowerPoint, LibreOffice and our
 * renderer add the quarter-em gap themselves (autospace), and nothing stands before full-width
 * punctuation (docs/templates.md, checked by test/templates/contract.test.ts).
 */
import type { LocaleStrings } from '../types.js';

const confirm = { title: '查收确认邮件', body: '确认邮件中有日期、时间和您的入会链接。' };

const join = {
  title: '用任意设备加入',
  body: '用网页浏览器或Microsoft Teams应用打开入会链接，无需安装。',
};

const need = {
  heading: '您需要准备',
  items: ['带摄像头和麦克风的手机、平板或电脑', '稳定的网络和安静、私密的环境'],
};

export const zhCN: LocaleStrings = {
  locale: 'zh-CN',
  lang: 'zh-CN',
  script: 'cjk',
  howItWorks: '简单五步',
  noteLabel: '温馨提示：',
  labelSeparator: '：',
  links: { booking: '在线预约', billing: '账单与付款', homepage: '官方网站' },
  qrCaption: '扫码预约',
  ctaLead: '或访问',
  help: {
    heading: '无法加入？',
    tip: '没有画面或声音时，请允许浏览器使用摄像头和麦克风，也可以改用Teams应用加入。',
    phone: '仍无法加入，请致电{{helpPhone}}获取帮助。',
  },
  tips: {
    heading: '视频通话小贴士',
    items: ['戴上耳机，声音更清晰', '面向窗户或灯光而坐', '保持设备电量充足或接通电源', '关闭其他正在使用摄像头的应用'],
  },
  writeIn: { heading: '您的预约', date: '日期', time: '时间', with: '接待人' },
  logoPlaceholder: 'Logo',
  documentTitle: '视频预约指南（{industry}）',
  industries: {
    healthcare: {
      title: '视频问诊指南',
      subtitle: '无需到院，通过视频即可与您的医护团队面对面交流。',
      stepsTitle: '视频问诊流程',
      steps: {
        book: { title: '预约时间', body: '在我们的预约页面选择合适的时间，也可以致电或发邮件预约。' },
        confirm,
        join,
        lobby: { title: '在等候室稍候', body: '您会先进入虚拟等候室，轮到您时，医护人员会请您进入。' },
        meet: { title: '与医生面对面', body: '与医护人员一对一视频交流，如同到院就诊。' },
      },
      beforeTitle: '就诊前须知',
      need,
      prepare: {
        heading: '就诊前准备',
        items: ['测试摄像头、麦克风和声音', '备好用药清单和想咨询的问题', '提前几分钟进入'],
      },
      cancel: {
        heading: '取消或改期',
        body: '请使用确认邮件中的链接，或直接致电我们。请尽早告知，以便将时间留给其他患者。',
      },
      privacy: '问诊全程保密，不会录音录像。',
      interpreter: '如需翻译或实时字幕，请在预约时告知。',
    },
    'financial-services': {
      title: '与顾问视频面谈',
      subtitle: '无需前往网点，通过视频即可获得顾问的专业建议。',
      stepsTitle: '视频面谈流程',
      steps: {
        book: { title: '预约面谈', body: '在我们的预约页面选择合适的时间，也可以致电或发邮件预约。' },
        confirm,
        join,
        lobby: { title: '在等候室稍候', body: '先在虚拟等候室稍候，顾问会请您进入。' },
        meet: { title: '与顾问一对一沟通', body: '就像在网点面谈一样，顾问会与您一起梳理各项问题。' },
      },
      beforeTitle: '面谈前须知',
      need,
      prepare: {
        heading: '面谈前准备',
        items: ['测试摄像头、麦克风和声音', '备好身份证件和相关文件', '提前写下想咨询的问题'],
      },
      cancel: {
        heading: '取消或改期',
        body: '请使用确认邮件中的链接，或致电我们，我们会为您另约时间。',
      },
      notice: {
        heading: '安全提示',
        body: '我们绝不会通过视频、电话或邮件向您索要密码或短信验证码。',
      },
    },
    retail: {
      title: '视频导购，专属服务',
      subtitle: '无论身在何处，都能获得店员的一对一专属服务。',
      stepsTitle: '视频导购流程',
      steps: {
        book: { title: '预约时间', body: '在预约页面选择时间，也可以致电门店或发邮件预约。' },
        confirm,
        join,
        lobby: { title: '在等候室稍候', body: '您会在虚拟等候室稍候片刻，店员准备好后会请您进入。' },
        meet: { title: '享受专属服务', body: '店员为您展示商品、解答疑问，帮您挑选合适的产品。' },
      },
      beforeTitle: '视频导购前须知',
      need,
      prepare: {
        heading: '提前准备',
        items: ['测试摄像头、麦克风和声音', '备好订单号、照片或尺寸信息', '提前想好想看的商品'],
      },
      cancel: {
        heading: '取消或改期',
        body: '请使用确认邮件中的链接，或致电门店，我们很乐意为您另约时间。',
      },
    },
    generic: {
      title: '视频预约指南',
      subtitle: '无论身在何处，都能通过视频与我们一对一交流。',
      stepsTitle: '视频预约流程',
      steps: {
        book: { title: '预约时间', body: '在我们的预约页面选择合适的时间，也可以致电或发邮件预约。' },
        confirm,
        join,
        lobby: { title: '在等候室稍候', body: '您会先进入虚拟等候室，工作人员准备好后会请您进入。' },
        meet: { title: '一对一交流', body: '通过视频与我们的工作人员一对一交流，就像当面会谈一样。' },
      },
      beforeTitle: '预约前须知',
      need,
      prepare: {
        heading: '提前准备',
        items: ['测试摄像头、麦克风和声音', '备好相关文件和想咨询的问题', '提前几分钟进入'],
      },
      cancel: {
        heading: '取消或改期',
        body: '请使用确认邮件中的链接，或直接致电我们。请尽早告知。',
      },
    },
  },
  additionalInfoSample:
    '视频问诊前，请准备好您的医保卡、身份证以及近期的检查报告，并列出正在服用的药物和想咨询的问题，以便医生全面了解您' +
    '的情况。如需翻译或手语服务，请在预约时告知，我们会提前安排相关人员一同参加。建议您使用耳机，并在安静、光线充足的' +
    '房间内进行问诊，以保护您的隐私。就诊当天，请提前五分钟打开链接，检查摄像头和麦克风是否正常工作。若您是首次使用M' +
    'icrosoft Teams软件，建议提前在浏览器中打开链接进行测试。若需家属陪同，可与您在同一设备前一起参加，' +
    '也可以在预约时提供家属的邮箱，我们会另行发送邀请链接。为保护您的个人信息，请勿将入会链接转发给他人。为保障诊疗质' +
    '量，请勿在驾驶或行走途中参加视频问诊。问诊将准时开始，如果迟到超过十分钟，我们可能需要为您重新预约。如果您无法通' +
    '过视频参加，请拨打021-5555 0100转为电话问诊，时间保持不变。处方和检查结果可在我们的微信公众号或患者' +
    '服务平台上查询，药品可选择到院自取或快递到家。医保报销规则与线下门诊相同，具体费用请参阅下方的账单与付款信息。如' +
    '需开具病假条或诊断证明，请在问诊时向医生说明。如在问诊过程中出现网络中断，请重新点击确认邮件中的链接再次进入，医' +
    '生会在候诊室等候您。问诊结束后，诊疗意见和随访安排将通过短信或电子邮件发送给您。如遇胸痛、呼吸困难等紧急情况，立' +
    '即拨打120或前往最近的急诊科，切勿等待视频问诊。祝您早日康复，感谢理解与配合！',
  longOrganizationSample: '上海市浦东新区社区卫生服务中心互联网医院（视频问诊与慢病随访服务部）',
};
