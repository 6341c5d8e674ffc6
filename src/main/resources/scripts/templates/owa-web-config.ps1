[# th:insert="~{_header}" /]
#
# [(${t.c('webConfig.intro')})]
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # [(${t.c('webConfig.computerFqdn')})]
    [string]$ComputerFqdn = '',
    # [(${t.ci('webConfig.forceRecycle', '    # ')})]
    [switch]$ForceRecycle,
    # [(${t.c('common.logPath')})]
    [string]$LogPath = (Join-Path $env:TEMP [(${logName})])
)

$ErrorActionPreference = 'Stop'
# [(${t.c('common.strictMode')})]
Set-StrictMode -Version 1.0

# [(${t.c('common.planValues')})]
$MailboxServers = [(${q.mailboxServers})]
# [(${t.c('webConfig.thumbprint')})]
$CertificateThumbprint = [(${q.thumbprint})]
# P-3.3
$ImServerName = [(${q.imServerName})]

$AppPoolName = 'MSExchangeOWAAppPool'
$WantedKeys = [ordered]@{
    'IMCertificateThumbprint' = $CertificateThumbprint
    'IMServerName'            = $ImServerName
}

# [(${t.c('webConfig.addAppSetting')})]
function Add-AppSetting([System.Xml.XmlElement]$AppSettings, [string]$Key, [string]$Value) {
    $document = $AppSettings.OwnerDocument
    $element = $document.CreateElement('add')
    $element.SetAttribute('key', $Key)
    $element.SetAttribute('value', $Value)
    $last = $AppSettings.SelectNodes('add') | Select-Object -Last 1
    if ($last) {
        $indent = $last.PreviousSibling
        $reference = $last
        if ($indent -and $indent.NodeType -eq [System.Xml.XmlNodeType]::Whitespace) {
            $reference = $AppSettings.InsertAfter($document.CreateWhitespace($indent.Value), $last)
        }
        [void]$AppSettings.InsertAfter($element, $reference)
    }
    else {
        [void]$AppSettings.AppendChild($element)
    }
}

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.ci('webConfig.rightShell', '    # ')})]
    $principal = New-Object System.Security.Principal.WindowsPrincipal([System.Security.Principal.WindowsIdentity]::GetCurrent())
    if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw [(${t.q('webConfig.notAdmin')})]
    }

    # [(${t.c('webConfig.rightServer')})]
    $installPath = $env:ExchangeInstallPath
    if (-not $installPath) {
        $setup = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\Setup' -ErrorAction SilentlyContinue
        if ($setup) {
            $installPath = $setup.MsiInstallPath
        }
    }
    if (-not $installPath) {
        throw [(${t.q('webConfig.noExchange')})]
    }
    if (-not (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\MailboxRole')) {
        throw [(${t.q('webConfig.notMailbox')})]
    }
    $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
    if (-not (Test-Path -LiteralPath $webConfigPath -PathType Leaf)) {
        throw ([(${t.f('webConfig.noWebConfig', '$webConfigPath')})])
    }
    $appcmd = Join-Path $env:windir 'System32\inetsrv\appcmd.exe'
    if (-not (Test-Path -LiteralPath $appcmd -PathType Leaf)) {
        throw ([(${t.f('webConfig.noAppcmd', '$appcmd')})])
    }

    # [(${t.c('webConfig.rightPlanServer')})]
    if (-not $ComputerFqdn) {
        $ComputerFqdn = [System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName
    }
    $ComputerFqdn = $ComputerFqdn.ToLowerInvariant()
    if ($MailboxServers -notcontains $ComputerFqdn) {
        throw ([(${t.f('webConfig.notPlanServer', '$ComputerFqdn', '($MailboxServers -join '', '')')})])
    }

    # [(${t.c('webConfig.ucma')})]
    $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
    $dllPath = $null
    if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) {
        $dllPath = [string]$imKey.ImplementationDLLPath
    }
    if (-not $dllPath -or -not (Test-Path -LiteralPath $dllPath -PathType Leaf)) {
        throw [(${t.q('webConfig.noUcma')})]
    }

    # [(${t.c('webConfig.certificate')})]
    $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $CertificateThumbprint) -ErrorAction SilentlyContinue
    if (-not $certificate) {
        Write-Warning ([(${t.f('webConfig.noCertificate', '$CertificateThumbprint')})])
    }
    else {
        if (-not $certificate.HasPrivateKey) {
            Write-Warning [(${t.q('webConfig.noPrivateKey')})]
        }
        $now = Get-Date
        if ($now -lt $certificate.NotBefore -or $now -gt $certificate.NotAfter) {
            Write-Warning ([(${t.f('webConfig.outsideDates', '$certificate.NotBefore', '$certificate.NotAfter')})])
        }
        if ($certificate.Subject -like '*CN=`**') {
            Write-Warning [(${t.q('webConfig.wildcard')})]
        }
    }

    # [(${t.c('webConfig.parse')})]
    $document = New-Object System.Xml.XmlDocument
    $document.PreserveWhitespace = $true
    $document.Load($webConfigPath)
    $appSettings = $document.SelectSingleNode('/configuration/appSettings')
    if (-not $appSettings) {
        throw ([(${t.f('webConfig.noAppSettings', '$webConfigPath')})])
    }

    $changes = @()
    foreach ($key in $WantedKeys.Keys) {
        $value = $WantedKeys[$key]
        # [(${t.c('webConfig.caseInsensitive')})]
        $found = @($appSettings.SelectNodes('add') | Where-Object { $_.GetAttribute('key') -eq $key })
        if ($found.Count -eq 0) {
            Add-AppSetting -AppSettings $appSettings -Key $key -Value $value
            $changes += ([(${t.f('webConfig.added', '$key')})])
            continue
        }
        $first = $found[0]
        if ($first.GetAttribute('key') -cne $key -or $first.GetAttribute('value') -cne $value) {
            $first.SetAttribute('key', $key)
            $first.SetAttribute('value', $value)
            $changes += ([(${t.f('webConfig.updated', '$key')})])
        }
        foreach ($duplicate in ($found | Select-Object -Skip 1)) {
            $before = $duplicate.PreviousSibling
            if ($before -and $before.NodeType -eq [System.Xml.XmlNodeType]::Whitespace) {
                [void]$appSettings.RemoveChild($before)
            }
            [void]$appSettings.RemoveChild($duplicate)
            $changes += ([(${t.f('webConfig.removedDuplicate', '$key')})])
        }
    }

    $written = $false
    if ($changes.Count -eq 0) {
        Write-Host ([(${t.f('webConfig.alreadyRight', '$webConfigPath')})])
    }
    elseif (Test-Change $webConfigPath ([(${t.f('webConfig.writeAction', '($changes -join '', '')')})])) {
        $backupPath = $webConfigPath + '.' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.bak'
        Copy-Item -LiteralPath $webConfigPath -Destination $backupPath -Confirm:$false
        Write-Host ([(${t.f('common.backup', '$backupPath')})])
        $document.Save($webConfigPath)
        Write-Host ([(${t.f('webConfig.written', '($changes -join '', '')')})])
        $written = $true
    }

    # [(${t.c('webConfig.recycle')})]
    if (($written -or $ForceRecycle) -and (Test-Change $AppPoolName 'appcmd recycle apppool (P-3.7)')) {
        $output = & $appcmd recycle apppool ('/apppool.name:' + $AppPoolName) 2>&1 | Out-String
        Write-Host $output.Trim()
        if ($output -notmatch '"MSExchangeOWAAppPool" successfully recycled') {
            throw ([(${t.f('webConfig.recycleFailed', '$AppPoolName')})])
        }
    }

    Complete-Change ([(${t.f('webConfig.success', '$ComputerFqdn')})])
    $exitCode = 0
}
[# th:insert="~{_end}" /]
