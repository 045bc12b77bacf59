/**
 * Simplified Chinese FAQ copy for readers in mainland China: the polite 您 form, full-width
 * punctuation, product names in Latin script separated from Chinese by a space. Terms follow the
 * handout (src/templates/source/locales/zh-CN.ts): 预约页面, 确认邮件, 入会链接, Microsoft Teams 应用,
 * 虚拟等候室; and each industry's word for the appointment (视频问诊, 视频面谈, 视频导购, 视频预约).
 */
import type { FaqCopy } from './types.js';

export const zhCNFaq: FaqCopy = {
  sections: { basics: '基本信息', booking: '预约', technology: '设备与加入方式' },
  questions: {
    what: '什么是视频预约？',
    differences: '视频预约与当面会谈有什么不同？',
    flow: '视频预约的流程是怎样的？',
    payment: '如何付费？',
    book: '如何预约？',
    who: '我可以预约哪位工作人员？',
    cancel: '如何取消或改期？',
    equipment: '需要准备哪些设备？',
    join: '到时如何加入？',
  },
  flowLead: '整个流程分为五步：',
  stepSeparator: '：',
  paymentMethodsLead: '我们支持以下付款方式：',
  billingLead: '费用和付款详情请见：',
  bookOnline: '请在我们的在线预约页面选择合适的时间：',
  bookOtherLead: '您也可以通过以下方式预约：',
  bookOtherOnly: '您可以通过以下方式预约：',
  bookContact: '如需预约，请与我们联系。',
  bookHomepage: '联系方式请见我们的官方网站：',
  byPhone: '电话：',
  byEmail: '电子邮件：',
  onSocial: '{name}',
  notice: (notice) => `如需取消或改期，请至少提前 ${notice}告知我们。`,
  duration: (n) => (n >= 48 && n % 24 === 0 ? `${n / 24} 天` : `${n} 小时`),
  cancelPolicyLink: '完整的取消和改期规定请见：',
  equipmentLead: '您可以通过任意网页浏览器或 Microsoft Teams 应用加入。您需要：',
  joinLead: '确认邮件中有您的专属入会链接。',
  portal: (portal) => `您也可以通过${portal}加入：登录后打开您的预约即可。`,
  microsoftHelp: {
    lead: 'Microsoft 的帮助文章通过分步说明和短视频介绍了如何加入：',
    text: '以参与者身份加入 Bookings 预约',
    href: 'https://support.microsoft.com/zh-cn/office/join-a-bookings-appointment-as-an-attendee-95cea12d-2220-421f-a663-6efb20913c7f',
  },
  labels: {
    links: '预约与联系',
    handoutHeading: '指南下载',
    handoutText: '所有信息汇总在一页上，方便打印或保存在手机中。',
    handoutDownload: (size) => `下载指南（PDF，${size}）`,
    handoutPreviewAlt: (title) => `指南“${title}”：视频预约的五个步骤和所需准备`,
    logoAlt: (organization) => organization,
  },
  // A no-break space between number and unit.
  fileSize: (bytes) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))}\u00a0KB` : `${(bytes / (1024 * 1024)).toFixed(1)}\u00a0MB`),
  industries: {
    healthcare: {
      title: '视频问诊常见问题',
      questions: {
        what: '什么是视频问诊？',
        differences: '视频问诊与到院就诊有什么不同？',
        flow: '视频问诊的流程是怎样的？',
        book: '如何预约视频问诊？',
        who: '我可以预约哪位医生？',
        equipment: '视频问诊需要准备哪些设备？',
        join: '如何进入视频问诊？',
      },
      what: '视频问诊是通过 Microsoft Teams 与医护人员进行的视频会面。您可以在家或任何方便的地方，与医护人员一对一交流，就像到院就诊一样。',
      differences:
        '您面对的是同样的医护团队，获得同样细致的关注。如需体格检查、化验或治疗，仍需到院进行；届时医生会告知您，我们会为您预约到院就诊。',
      who: '您可以要求由您熟悉的医生为您问诊。预约时请告诉我们您想预约的医生，我们会告知您该医生是否提供视频问诊。',
      portal: '我们的患者服务平台',
    },
    'financial-services': {
      title: '视频面谈常见问题',
      questions: {
        what: '什么是视频面谈？',
        differences: '视频面谈与到网点面谈有什么不同？',
        flow: '视频面谈的流程是怎样的？',
        book: '如何预约视频面谈？',
        who: '我可以与哪位顾问面谈？',
        equipment: '视频面谈需要准备哪些设备？',
        join: '如何加入视频面谈？',
      },
      what: '视频面谈是通过 Microsoft Teams 与您的顾问进行的一对一在线会面。您无需前往网点，就能像在网点面谈一样获得专业建议。',
      differences:
        '您获得的专业建议与在网点面谈时相同，顾问还可以在屏幕上与您一起查看文件。部分业务（例如需要核验证件原件）可能仍需到网点办理；如有需要，顾问会提前告知您。',
      who: '您可以要求与熟悉的顾问面谈。预约时请告诉我们您希望与哪位顾问沟通，我们会告知您该顾问是否提供视频面谈。',
      portal: '我们的网上银行',
    },
    retail: {
      title: '视频导购常见问题',
      questions: {
        what: '什么是视频导购？',
        differences: '视频导购与到店购物有什么不同？',
        flow: '视频导购的流程是怎样的？',
        book: '如何预约视频导购？',
        who: '为我服务的是谁？',
        equipment: '视频导购需要准备哪些设备？',
        join: '如何加入视频导购？',
      },
      what: '视频导购是通过 Microsoft Teams 与我们的店员进行的一对一视频服务。无论身在何处，您都能像在门店一样获得专属帮助。',
      differences: '店员会通过摄像头为您展示商品、解答疑问并帮您挑选，就像在门店一样。如需试穿或亲手感受材质，仍需到店体验。',
      who: '为您服务的是我们的一位店员。如果您希望由某位店员或某个部门为您服务，请在预约时告诉我们。',
      portal: '您的会员账户',
    },
    generic: {
      title: '视频预约常见问题',
      questions: {},
      what: '视频预约是指通过 Microsoft Teams 与我们的工作人员进行一对一的视频交流。无论在家还是在其他地方，都能像当面会谈一样沟通。',
      differences: '您面对的是同样的工作人员，获得同样的帮助。如有必须当面办理的事项，我们会告知您，并为您另约当面会谈的时间。',
      who: '为您服务的是我们的工作人员。如果您希望与某位工作人员交流，请在预约时告诉我们，我们会告知您对方是否提供视频预约。',
      portal: '我们的客户服务平台',
    },
  },
};
