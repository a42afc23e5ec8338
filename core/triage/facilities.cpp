// Facility names and Windows Setup extended codes for hresult.h.
#include "hresult.h"

#include <iterator>
#include <utility>

namespace lt::triage {

namespace {

// winerror.h FACILITY_* values (Windows SDK 10.0.26100). Where the SDK gives two names to one
// number (SSPI/SECURITY 9, CONFIGURATION/WIA 33, SHELL/NAP 39, PLA/WINDOWS_SETUP 48,
// MBN/POWERSHELL 84, WEBSERVICES/WINPE 61, SPP/RESTORE/DMSERVER 256) both are shown.
constexpr std::pair<quint16, const char *> Facilities[] = {
    {0, "NULL"}, {1, "RPC"}, {2, "DISPATCH"}, {3, "STORAGE"}, {4, "ITF"}, {7, "WIN32"},
    {8, "WINDOWS"}, {9, "SECURITY/SSPI"}, {10, "CONTROL"}, {11, "CERT"}, {12, "INTERNET"},
    {13, "MEDIASERVER"}, {14, "MSMQ"}, {15, "SETUPAPI"}, {16, "SCARD"}, {17, "COMPLUS"},
    {18, "AAF"}, {19, "URT"}, {20, "ACS"}, {21, "DPLAY"}, {22, "UMI"}, {23, "SXS"},
    {24, "WINDOWS_CE"}, {25, "HTTP"}, {26, "USERMODE_COMMONLOG"}, {27, "WER"},
    {31, "USERMODE_FILTER_MANAGER"}, {32, "BACKGROUNDCOPY"}, {33, "CONFIGURATION/WIA"},
    {34, "STATE_MANAGEMENT"}, {35, "METADIRECTORY"}, {36, "WINDOWSUPDATE"},
    {37, "DIRECTORYSERVICE"}, {38, "GRAPHICS"}, {39, "SHELL/NAP"}, {40, "TPM_SERVICES"},
    {41, "TPM_SOFTWARE"}, {42, "UI"}, {43, "XAML"}, {44, "ACTION_QUEUE"},
    {48, "PLA/WINDOWS_SETUP"}, {49, "FVE"}, {50, "FWP"}, {51, "WINRM"}, {52, "NDIS"},
    {53, "USERMODE_HYPERVISOR"}, {54, "CMI"}, {55, "USERMODE_VIRTUALIZATION"},
    {56, "USERMODE_VOLMGR"}, {57, "BCD"}, {58, "USERMODE_VHD"}, {59, "USERMODE_HNS"},
    {60, "SDIAG"}, {61, "WEBSERVICES/WINPE"}, {62, "WPN"}, {63, "WINDOWS_STORE"},
    {64, "INPUT"}, {65, "QUIC"}, {66, "EAP"}, {70, "IORING"}, {80, "WINDOWS_DEFENDER"},
    {81, "OPC"}, {82, "XPS"}, {83, "RAS"}, {84, "MBN/POWERSHELL"}, {85, "EAS"},
    {98, "P2P_INT"}, {99, "P2P"}, {100, "DAF"}, {101, "BLUETOOTH_ATT"}, {102, "AUDIO"},
    {103, "STATEREPOSITORY"}, {136, "DRVSERVICING"}, {208, "DELIVERY_OPTIMIZATION"},
    {232, "USER_MODE_SECURITY_CORE"}, {234, "USERMODE_LICENSING"}, {256, "SPP/RESTORE/DMSERVER"},
    {2170, "DXGI"},
};

struct SetupName {
    const char *en;
    const char *zh;
};

// Extended codes of Windows 10 setup results ("0xC1900101 - 0x20017"): 0xPXXXX, P = phase,
// the last two hex digits = operation (MS "Windows 10 upgrade error codes", 1607 values).
constexpr SetupName Phases[] = {
    {"SP_EXECUTION_UNKNOWN", "未知阶段"},
    {"SP_EXECUTION_DOWNLEVEL", "下层阶段（在旧系统中运行）"},
    {"SP_EXECUTION_SAFE_OS", "安全操作系统阶段（WinPE）"},
    {"SP_EXECUTION_FIRST_BOOT", "首次启动阶段"},
    {"SP_EXECUTION_OOBE_BOOT", "第二次启动（OOBE）阶段"},
    {"SP_EXECUTION_UNINSTALL", "卸载（回滚）阶段"},
};

constexpr SetupName Operations[] = {
    {"SP_EXECUTION_OP_UNKNOWN", "未知操作"},
    {"SP_EXECUTION_OP_COPY_PAYLOAD", "复制安装负载"},
    {"SP_EXECUTION_OP_DOWNLOAD_UPDATES", "下载更新"},
    {"SP_EXECUTION_OP_INSTALL_UPDATES", "安装更新"},
    {"SP_EXECUTION_OP_INSTALL_RECOVERY_ENVIRONMENT", "安装恢复环境"},
    {"SP_EXECUTION_OP_INSTALL_RECOVERY_IMAGE", "安装恢复映像"},
    {"SP_EXECUTION_OP_REPLICATE_OC", "复制可选组件"},
    {"SP_EXECUTION_OP_INSTALL_DRVIERS", "安装驱动程序"}, // sic, as Microsoft spells it
    {"SP_EXECUTION_OP_PREPARE_SAFE_OS", "准备安全操作系统"},
    {"SP_EXECUTION_OP_PREPARE_ROLLBACK", "准备回滚"},
    {"SP_EXECUTION_OP_PREPARE_FIRST_BOOT", "准备首次启动"},
    {"SP_EXECUTION_OP_PREPARE_OOBE_BOOT", "准备 OOBE 启动"},
    {"SP_EXECUTION_OP_APPLY_IMAGE", "应用映像"},
    {"SP_EXECUTION_OP_MIGRATE_DATA", "迁移数据"},
    {"SP_EXECUTION_OP_SET_PRODUCT_KEY", "设置产品密钥"},
    {"SP_EXECUTION_OP_ADD_UNATTEND", "添加应答文件"},
    {"SP_EXECUTION_OP_ADD_DRIVER", "添加驱动程序"},
    {"SP_EXECUTION_OP_ENABLE_FEATURE", "启用功能"},
    {"SP_EXECUTION_OP_DISABLE_FEATURE", "禁用功能"},
    {"SP_EXECUTION_OP_REGISTER_ASYNC_PROCESS", "注册异步进程"},
    {"SP_EXECUTION_OP_REGISTER_SYNC_PROCESS", "注册同步进程"},
    {"SP_EXECUTION_OP_CREATE_FILE", "创建文件"},
    {"SP_EXECUTION_OP_CREATE_REGISTRY", "创建注册表项"},
    {"SP_EXECUTION_OP_BOOT", "启动"},
    {"SP_EXECUTION_OP_SYSPREP", "系统准备（Sysprep）"},
    {"SP_EXECUTION_OP_OOBE", "OOBE"},
    {"SP_EXECUTION_OP_BEGIN_FIRST_BOOT", "开始首次启动"},
    {"SP_EXECUTION_OP_END_FIRST_BOOT", "结束首次启动"},
    {"SP_EXECUTION_OP_BEGIN_OOBE_BOOT", "开始 OOBE 启动"},
    {"SP_EXECUTION_OP_END_OOBE_BOOT", "结束 OOBE 启动"},
    {"SP_EXECUTION_OP_PRE_OOBE", "OOBE 之前"},
    {"SP_EXECUTION_OP_POST_OOBE", "OOBE 之后"},
    {"SP_EXECUTION_OP_ADD_PROVISIONING_PACKAGE", "添加预配包"},
};
static_assert(std::size(Phases) == 6 && std::size(Operations) == 0x21, "Microsoft's 1607 tables");

} // namespace

QString facilityName(quint16 facility)
{
    for (const auto &[number, name] : Facilities) {
        if (number == facility)
            return QString::fromLatin1(name);
    }
    return {};
}

QString describeSetupExtendedCode(quint32 extended, const QLocale &locale)
{
    if (extended > 0xFFFFF)
        return {};
    const quint32 phase = extended >> 16;
    const quint32 operation = extended & 0xFF;
    const bool zh = locale.language() == QLocale::Chinese;
    const QString phaseText = phase < std::size(Phases)
        ? QString::fromUtf8(zh ? Phases[phase].zh : Phases[phase].en)
        : QStringLiteral("phase %1").arg(phase);
    const QString operationText = operation < std::size(Operations)
        ? QString::fromUtf8(zh ? Operations[operation].zh : Operations[operation].en)
        : QStringLiteral("operation 0x%1").arg(operation, 0, 16);
    return QStringLiteral("%1 / %2").arg(phaseText, operationText);
}

} // namespace lt::triage
