[# th:insert="~{_header}" /]
#
# [(${t.c('webConfig.intro')})]
# [(${t.c('webConfig.remoting')})]
#Requires -Version 3.0
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    # [(${t.ci('webConfig.computerName', '    # ')})]
    [string[]]$ComputerName = @(),
    # [(${t.ci('webConfig.local', '    # ')})]
    [switch]$Local,
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
# [(${t.c('webConfig.certificateSource')})]
$CertificateSource = [(${q.certificateSource})]
# [(${t.c('webConfig.thumbprint')})]
$Certificates = [(${q.certificates})]
# [(${t.c('webConfig.poolFqdn')})]
$PoolFqdn = [(${q.certificatePoolFqdn})]
# P-3.3
$ImServerName = [(${q.imServerName})]

# [(${t.ci('webConfig.serverWork', '# ')})]
$ServerWork = {
    param([string]$ServerFqdn, [string]$Thumbprint, [string]$CertificateSource, [string]$PoolFqdn,
        [string]$ImServerName, [bool]$Apply, [bool]$ForceRecycle, [bool]$WhatIf)
    $ErrorActionPreference = 'Stop'
    Set-StrictMode -Version 1.0
    $AppPoolName = 'MSExchangeOWAAppPool'
    $problems = @()

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

    # [(${t.ci('webConfig.rightShell', '    # ')})]
    $principal = New-Object System.Security.Principal.WindowsPrincipal([System.Security.Principal.WindowsIdentity]::GetCurrent())
    if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw ([(${t.f('webConfig.notAdmin', '$ServerFqdn')})])
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
        throw ([(${t.f('webConfig.noExchange', '$ServerFqdn')})])
    }
    if (-not (Test-Path -LiteralPath 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\MailboxRole')) {
        throw ([(${t.f('webConfig.notMailbox', '$ServerFqdn')})])
    }
    # [(${t.ci('webConfig.version', '    # ')})]
    $exSetup = Join-Path $installPath 'Bin\ExSetup.exe'
    if (-not (Test-Path -LiteralPath $exSetup -PathType Leaf)) {
        throw ([(${t.f('webConfig.noExSetup', '$ServerFqdn', '$exSetup')})])
    }
    $fileVersion = (Get-Item -LiteralPath $exSetup).VersionInfo
    if ($fileVersion.FileMajorPart -ne 15 -or $fileVersion.FileMinorPart -ne 0) {
        throw ([(${t.f('webConfig.notExchange2013', '$ServerFqdn', '$fileVersion.FileVersion')})])
    }
    $webConfigPath = Join-Path $installPath 'ClientAccess\Owa\web.config'
    if (-not (Test-Path -LiteralPath $webConfigPath -PathType Leaf)) {
        throw ([(${t.f('webConfig.noWebConfig', '$webConfigPath')})])
    }
    $appcmd = Join-Path $env:windir 'System32\inetsrv\appcmd.exe'
    if (-not (Test-Path -LiteralPath $appcmd -PathType Leaf)) {
        throw ([(${t.f('webConfig.noAppcmd', '$appcmd')})])
    }

    # [(${t.c('webConfig.ucma')})]
    $imKey = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -ErrorAction SilentlyContinue
    $dllPath = ''
    if ($imKey -and ($imKey.PSObject.Properties.Name -contains 'ImplementationDLLPath')) {
        $dllPath = [string]$imKey.ImplementationDLLPath
    }
    if (-not $dllPath -or (Split-Path -Leaf $dllPath) -ne 'Microsoft.Rtc.Internal.Ucweb.dll' -or -not (Test-Path -LiteralPath $dllPath -PathType Leaf)) {
        throw ([(${t.f('webConfig.noUcma', '$ServerFqdn', '$dllPath')})])
    }

    # [(${t.ci('webConfig.iisCertificate', '    # ')})]
    if ($CertificateSource -eq 'IIS') {
        Import-Module WebAdministration -ErrorAction Stop
        $hashes = @(Get-WebBinding -Name 'Default Web Site' -Protocol 'https' -Port 443 |
            ForEach-Object { ([string]$_.certificateHash).ToUpperInvariant() } | Where-Object { $_ } | Select-Object -Unique)
        if ($hashes.Count -ne 1) {
            throw ([(${t.f('webConfig.noIisCertificate', '$ServerFqdn', '$hashes.Count')})])
        }
        $Thumbprint = $hashes[0]
        Write-Host ([(${t.f('webConfig.iisCertificateFound', '$ServerFqdn', '$Thumbprint')})])
    }
    if ($Thumbprint -notmatch '^[0-9A-F]{40}$') {
        throw ([(${t.f('webConfig.noThumbprint', '$ServerFqdn')})])
    }

    # [(${t.ci('webConfig.certificate', '    # ')})]
    $certificate = Get-Item -LiteralPath (Join-Path 'Cert:\LocalMachine\My' $Thumbprint) -ErrorAction SilentlyContinue
    if (-not $certificate) {
        $problems += ([(${t.f('webConfig.noCertificate', '$Thumbprint', '$ServerFqdn')})])
    }
    else {
        if (-not $certificate.HasPrivateKey) {
            $problems += ([(${t.f('webConfig.noPrivateKey', '$Thumbprint')})])
        }
        $now = Get-Date
        if ($now -lt $certificate.NotBefore -or $now -gt $certificate.NotAfter) {
            $problems += ([(${t.f('webConfig.outsideDates', '$Thumbprint', '$certificate.NotBefore', '$certificate.NotAfter')})])
        }
        # [(${t.c('webConfig.names')})]
        $names = @($certificate.DnsNameList | ForEach-Object { [string]$_.Unicode })
        $names += [string]$certificate.GetNameInfo([System.Security.Cryptography.X509Certificates.X509NameType]::SimpleName, $false)
        $wanted = @(@($ServerFqdn, $PoolFqdn) | Where-Object { $_ })
        $exact = @($names | Where-Object { $wanted -contains $_ })
        $wildcards = @($names | Where-Object { $_ -like '`*.*' })
        $byWildcard = @($wildcards | Where-Object { $pattern = $_; @($wanted | Where-Object { $_ -like $pattern }).Count -gt 0 })
        if ($exact.Count -eq 0 -and $byWildcard.Count -eq 0) {
            $problems += ([(${t.f('webConfig.wrongName', '$Thumbprint', '($wanted -join '' / '')', '(($names | Select-Object -Unique) -join '', '')')})])
        }
        if ($wildcards.Count -gt 0) {
            Write-Warning ([(${t.f('webConfig.wildcard', '$ServerFqdn')})])
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
    $wantedKeys = [ordered]@{
        'IMCertificateThumbprint' = $Thumbprint
        'IMServerName'            = $ImServerName
    }
    $changes = @()
    foreach ($key in $wantedKeys.Keys) {
        $value = $wantedKeys[$key]
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
    $recycled = $false
    $backupPath = ''
    # [(${t.ci('webConfig.applyOnly', '    # ')})]
    if ($Apply -and -not $WhatIf -and $problems.Count -eq 0) {
        if ($changes.Count -gt 0) {
            $backupPath = $webConfigPath + '.' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.bak'
            Copy-Item -LiteralPath $webConfigPath -Destination $backupPath -Confirm:$false
            Write-Host ([(${t.f('common.backup', '$backupPath')})])
            $document.Save($webConfigPath)
            # [(${t.c('webConfig.readBack')})]
            $check = New-Object System.Xml.XmlDocument
            $check.Load($webConfigPath)
            $settings = @($check.SelectNodes('/configuration/appSettings/add'))
            foreach ($key in $wantedKeys.Keys) {
                $actual = @($settings | Where-Object { $_.GetAttribute('key') -eq $key })
                if ($actual.Count -ne 1 -or $actual[0].GetAttribute('value') -cne $wantedKeys[$key]) {
                    throw ([(${t.f('webConfig.readBackFailed', '$webConfigPath', '$key')})])
                }
            }
            Write-Host ([(${t.f('webConfig.written', '$ServerFqdn', '($changes -join '', '')')})])
            $written = $true
        }
        # [(${t.ci('webConfig.recycle', '        # ')})]
        if ($written -or $ForceRecycle) {
            $output = & $appcmd recycle apppool ('/apppool.name:' + $AppPoolName) | Out-String
            $recycleExit = $LASTEXITCODE
            Write-Host $output.Trim()
            if ($recycleExit -ne 0) {
                throw ([(${t.f('webConfig.recycleFailed', '$AppPoolName', '$ServerFqdn', '$recycleExit')})])
            }
            $recycled = $true
        }
    }

    [pscustomobject]@{
        Server     = $ServerFqdn
        Thumbprint = $Thumbprint
        Problems   = @($problems)
        Changes    = @($changes)
        Written    = $written
        Recycled   = $recycled
        BackupPath = $backupPath
    }
}

# [(${t.ci('webConfig.invoke', '# ')})]
function Invoke-ServerWork([string]$Server, [bool]$Apply) {
    $arguments = @($Server, [string]$Certificates[$Server], $CertificateSource, $PoolFqdn, $ImServerName, $Apply,
        [bool]$ForceRecycle, [bool]$WhatIfPreference)
    if ($Local) {
        return (& $ServerWork @arguments | Select-Object -Last 1)
    }
    return (Invoke-Command -ComputerName $Server -ScriptBlock $ServerWork -ArgumentList $arguments -ErrorAction Stop |
        Select-Object -Last 1)
}

[# th:insert="~{_common}" /]
try {
    Start-Transcript -Path $LogPath -Append -WhatIf:$false -Confirm:$false | Out-Null
    $transcribing = $true
    # [(${t.c('webConfig.rightPlanServer')})]
    if ($Local) {
        if ($ComputerName.Count -gt 0) {
            throw [(${t.q('webConfig.localAndComputerName')})]
        }
        if (-not $ComputerFqdn) {
            $ComputerFqdn = [System.Net.Dns]::GetHostEntry([System.Net.Dns]::GetHostName()).HostName
        }
        $targets = @($ComputerFqdn.ToLowerInvariant())
    }
    elseif ($ComputerName.Count -gt 0) {
        $targets = @($ComputerName | ForEach-Object { $_.ToLowerInvariant() } | Select-Object -Unique)
    }
    else {
        $targets = @($MailboxServers)
    }
    foreach ($server in $targets) {
        if ($MailboxServers -notcontains $server) {
            throw ([(${t.f('webConfig.notPlanServer', '$server', '($MailboxServers -join '', '')')})])
        }
    }

    # [(${t.ci('webConfig.checkRemoting', '    # ')})]
    if (-not $Local) {
        $unreachable = @()
        foreach ($server in $targets) {
            try {
                [void](Test-WSMan -ComputerName $server -ErrorAction Stop)
            }
            catch {
                $unreachable += ($server + ': ' + $_.Exception.Message)
            }
        }
        if ($unreachable.Count -gt 0) {
            throw ([(${t.f('webConfig.noRemoting', '($unreachable -join ''; '')')})])
        }
    }

    # [(${t.ci('webConfig.checkFirst', '    # ')})]
    $results = New-Object System.Collections.ArrayList
    $failed = 0
    foreach ($server in $targets) {
        $status = ''
        $detail = ''
        $thumbprint = ''
        try {
            $checked = Invoke-ServerWork -Server $server -Apply $false
            $thumbprint = [string]$checked.Thumbprint
            # [(${t.c('webConfig.deserialized')})]
            $problems = @($checked.Problems | Where-Object { $_ })
            $changes = @($checked.Changes | Where-Object { $_ })
            if ($problems.Count -gt 0) {
                foreach ($problem in $problems) {
                    Write-Host ($server + ': ' + $problem)
                }
                Write-Host ([(${t.f('webConfig.showCertificate', '$server')})])
                $status = [(${t.q('webConfig.statusFailed')})]
                $detail = $problems -join ' '
                $failed++
            }
            elseif ($changes.Count -eq 0 -and -not $ForceRecycle) {
                $status = [(${t.q('webConfig.statusOk')})]
                $detail = [(${t.q('webConfig.detailAlreadyRight')})]
            }
            elseif (Test-Change $server ([(${t.f('webConfig.writeAction', '($changes -join '', '')')})])) {
                $done = Invoke-ServerWork -Server $server -Apply $true
                $doneProblems = @($done.Problems | Where-Object { $_ })
                if ($doneProblems.Count -gt 0) {
                    $status = [(${t.q('webConfig.statusFailed')})]
                    $detail = $doneProblems -join ' '
                    $failed++
                }
                else {
                    $status = [(${t.q('webConfig.statusChanged')})]
                    $detail = (@($done.Changes | Where-Object { $_ }) -join ', ') + ' ' + [string]$done.BackupPath
                    if ($done.Recycled) {
                        $detail += (' ' + [(${t.q('webConfig.detailRecycled')})])
                    }
                }
            }
            elseif ($WhatIfPreference) {
                $status = [(${t.q('webConfig.statusWhatIf')})]
                $detail = $changes -join ', '
            }
            else {
                $status = [(${t.q('webConfig.statusDeclined')})]
                $detail = $changes -join ', '
                $failed++
            }
        }
        catch {
            Write-Host ($server + ': ' + $_.Exception.Message)
            $status = [(${t.q('webConfig.statusFailed')})]
            $detail = $_.Exception.Message
            if (-not $Local) {
                $detail += (' ' + [(${t.q('webConfig.remoteRights')})])
            }
            $failed++
        }
        [void]$results.Add([pscustomobject]@{ Server = $server; Status = $status; Thumbprint = $thumbprint; Detail = $detail })
    }

    # [(${t.c('webConfig.table')})]
    Write-Host ($results | Format-Table -AutoSize -Wrap | Out-String -Width 200)
    if ($failed -gt 0) {
        throw ([(${t.f('webConfig.someFailed', '[string]$failed', '$targets.Count')})])
    }
    Complete-Change ([(${t.f('webConfig.success', '$targets.Count')})])
    $exitCode = 0
}
[# th:insert="~{_end}" /]
